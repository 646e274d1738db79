"""Intro paths into a company: who could introduce the user, how they know someone there,
closest relationships first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from networkjournal.core.pipeline import company_key
from networkjournal.core.relationship import KNOWN_SOURCES, stage_rank

_KNOWN = {source.value for source in KNOWN_SOURCES}


@dataclass(frozen=True, slots=True)
class Person:
    """A contact as intro paths see them: where they work now and where they worked before."""

    id: int
    name: str
    company: str
    stage: str
    source: str = ""
    past: tuple[str, ...] = ()  # companies they left, as spelled when noticed


@dataclass(frozen=True, slots=True)
class IntroPath:
    """One person who could get the user in, and every way they connect to the company."""

    person: Person
    works_there: bool = False
    introduced_to: tuple[str, ...] = ()  # people there they introduced the user to
    worked_there: bool = False  # left the company: still knows people there
    worked_with: tuple[tuple[str, str], ...] = ()  # (someone there, the company they shared)

    @property
    def id(self) -> int:
        return self.person.id

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def stage(self) -> str:
        return self.person.stage


def intro_paths(company: str, there: Sequence[Person], introducer_of: Mapping[int, Person],
                others: Iterable[Person]) -> list[IntroPath]:
    """Everyone who is a way into ``company``, closest first.

    ``there`` work at the company now; ``introducer_of`` maps one of them to the contact
    who introduced the user to them; ``others`` are contacts who may have worked at the
    company or beside someone there (at a company both worked for). The closest
    relationships lead (an advocate, someone the user chatted with); at the same stage,
    people the user already knows (a phone contact, a colleague, a friend) come before
    LinkedIn acquaintances, and a direct way (works there) before an indirect one.
    """
    key = company_key(company)
    names = {p.id: p.name for p in there}
    there_ids = set(names)
    introduced: dict[int, list[str]] = {}
    candidates: dict[int, Person] = {p.id: p for p in there}
    for person_id, introducer in introducer_of.items():
        if person_id in there_ids and introducer.id != person_id:
            introduced.setdefault(introducer.id, []).append(names[person_id])
            candidates.setdefault(introducer.id, introducer)
    for person in others:
        candidates.setdefault(person.id, person)
    paths = []
    for person in candidates.values():
        mine = {company_key(name) for name in person.past}
        # Someone there is reached directly: former colleagues matter for the others.
        worked_with = () if person.id in there_ids else tuple(
            (colleague.name, shared) for colleague in there
            for shared in _shared(colleague, person))
        path = IntroPath(person, works_there=person.id in there_ids,
                         introduced_to=tuple(introduced.get(person.id, ())),
                         worked_there=person.id not in there_ids and key in mine,
                         worked_with=worked_with)
        if path.works_there or path.introduced_to or path.worked_there or path.worked_with:
            paths.append(path)
    paths.sort(key=_closeness_order)
    return paths


def _shared(colleague: Person, person: Person) -> list[str]:
    """Companies ``colleague`` left that ``person`` works at or left too (once each)."""
    theirs = {company_key(name) for name in (person.company, *person.past) if name}
    shared: dict[str, str] = {}
    for name in colleague.past:
        k = company_key(name)
        if k and k in theirs:
            shared.setdefault(k, name)
    return list(shared.values())


def _closeness_order(path: IntroPath) -> tuple[int, bool, int, str]:
    person = path.person
    directness = (0 if path.works_there else 1 if path.introduced_to
                  else 2 if path.worked_there else 3)
    return (-_rank(person.stage), person.source not in _KNOWN, directness,
            person.name.casefold())


def _rank(stage: str) -> int:
    try:
        return stage_rank(stage)
    except ValueError:
        return -1
