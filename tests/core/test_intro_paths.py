"""Intro paths: every way into a company, closest relationships first."""

import pytest

from networkjournal.core.intro_paths import Person, intro_paths

ANA = Person(1, "Ana", "Qonto", "connected", "linkedin_1st", past=("Datadog",))
BEN = Person(2, "Ben", "Qonto", "identified", "linkedin_2nd")
CHLOE = Person(3, "Chloé", "Alan", "advocate", "friend")  # introduced the user to Ben
DAVID = Person(4, "David", "Datadog", "chatted", "linkedin_1st")  # where Ana worked
EVE = Person(5, "Eve", "Malt", "connected", "phone", past=("QONTO ",))  # left Qonto
FRED = Person(6, "Fred", "Malt", "connected", "linkedin_1st", past=("Datadog",))
GUS = Person(7, "Gus", "Alan", "connected", "linkedin_1st", past=("Criteo",))  # no way in


def _how(path):
    return (path.works_there, path.introduced_to, path.worked_there, path.worked_with)


def test_every_way_in_is_named_and_the_closest_come_first():
    paths = intro_paths("Qonto", [ANA, BEN], {BEN.id: CHLOE},
                        [DAVID, EVE, FRED, GUS])
    assert [(p.name, _how(p)) for p in paths] == [
        ("Chloé", (False, ("Ben",), False, ())),  # an advocate
        ("David", (False, (), False, (("Ana", "Datadog"),))),  # chatted
        ("Eve", (False, (), True, ())),  # a phone contact who worked there
        ("Ana", (True, (), False, ())),  # works there: the direct way, then by name
        ("Fred", (False, (), False, (("Ana", "Datadog"),))),  # left Datadog too
        ("Ben", (True, (), False, ())),
    ]


@pytest.mark.parametrize("spelled", ["Société Générale", "societe generale", "SOCIÉTÉ GÉNÉRALE"])
def test_a_company_is_the_same_however_it_is_spelled(spelled):
    there = [Person(1, "Léa", "Société Générale", "connected", past=("Ubisoft",))]
    left = Person(2, "Hugo", "BNP", "connected", past=(spelled,))
    colleague = Person(3, "Inès", "ubisoft", "connected")
    paths = {p.name: _how(p) for p in intro_paths("societe generale", there, {}, [left,
                                                                                 colleague])}
    assert paths["Hugo"] == (False, (), True, ())
    assert paths["Inès"] == (False, (), False, (("Léa", "Ubisoft"),))


def test_one_person_with_several_ways_is_listed_once_with_all_of_them():
    both = Person(9, "Zoé", "Qonto", "chatted", "colleague", past=("Datadog",))
    paths = intro_paths("Qonto", [ANA, both], {ANA.id: both}, [both])
    zoe = next(p for p in paths if p.name == "Zoé")
    assert _how(zoe) == (True, ("Ana",), False, ())
    assert [p.name for p in paths] == ["Zoé", "Ana"]
    assert paths[1].worked_with == ()  # both there: reached directly, no detour named
