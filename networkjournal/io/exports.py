"""Export the journal as our CSV files (contacts, chats, pipeline, or all three)."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.errors import UserError
from networkjournal.io.csv_journal import (
    CHAT_COLUMNS,
    CONTACT_COLUMNS,
    CSV_ENCODING,
    FILE_NAMES,
    LINE_END,
    PIPELINE_COLUMNS,
    format_history,
    neutralise,
)
from networkjournal.store.journal import Journal
from networkjournal.store.models import (
    Contact,
    ContactStageChange,
    Interaction,
    Opportunity,
    OpportunityStageChange,
)

_EVERY = 2000  # rows between progress reports


@dataclass
class ExportResult:
    paths: list[Path]
    rows: int

    def line(self) -> str:
        where = ", ".join(str(p) for p in self.paths)
        return f"exported {self.rows} rows to {where}"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return neutralise(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)


def write_csv(
    path: Path, header: Iterable[str], rows: Iterable[Iterable[object]], progress: Progress
) -> int:
    """Write atomically (a temporary file renamed at the end): cancel leaves no half file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with tmp.open("w", encoding=CSV_ENCODING, newline="") as handle:
            writer = csv.writer(handle, lineterminator=LINE_END)
            writer.writerow(header)
            for row in rows:
                writer.writerow([_cell(v) for v in row])
                count += 1
                if count % _EVERY == 0:
                    progress.report(count, 0, "")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _histories(session: Session, column, stage, when, manual=None) -> dict[int, list]:  # type: ignore[no-untyped-def]
    cols = [column, stage, when] + ([manual] if manual is not None else [])
    out: dict[int, list] = {}
    for row in session.execute(select(*cols).order_by(column, when)):
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def contact_rows(session: Session) -> Iterator[tuple]:
    """contacts.csv rows, in CONTACT_COLUMNS order."""
    intro = aliased(Contact)
    follow = dict(
        session.execute(
            select(Interaction.contact_id, func.min(Interaction.follow_up_on))
            .where(Interaction.follow_up_on.is_not(None), Interaction.follow_up_done_on.is_(None))
            .group_by(Interaction.contact_id)
        ).all()
    )
    history = _histories(
        session,
        ContactStageChange.contact_id,
        ContactStageChange.stage,
        ContactStageChange.changed_at,
        ContactStageChange.manual,
    )
    c = Contact
    query = (
        select(
            c.id,
            c.uid,
            c.first_name,
            c.last_name,
            c.company,
            c.title,
            c.email,
            c.phone,
            c.linkedin_url,
            c.source,
            c.stage,
            intro.first_name,
            intro.last_name,
            c.connected_on,
            c.tags,
            c.notes,
            c.research_notes,
            c.cadence_days,
            c.archived,
            intro.uid,
            c.created_at,
        )
        .outerjoin(intro, c.introduced_by_id == intro.id)
        .order_by(c.id)
    )
    for r in session.execute(query.execution_options(yield_per=2000)):
        intro_name = f"{r[11] or ''} {r[12] or ''}".strip()
        yield (
            *r[1:11],
            intro_name,
            r[13],
            r[14],
            follow.get(r[0]),
            r[15],
            r[16],
            r[17],
            r[18],
            r[19],
            format_history(history.get(r[0], [])),
            r[20],
        )


def chat_rows(session: Session) -> Iterator[tuple]:
    i, c = Interaction, Contact
    query = (
        select(
            i.uid,
            c.uid,
            c.first_name,
            c.last_name,
            i.kind,
            i.status,
            i.occurred_at,
            i.summary,
            i.notes,
            i.follow_up_on,
            i.direction,
            i.follow_up_done_on,
            i.created_at,
        )
        .join(c, i.contact_id == c.id)
        .order_by(i.occurred_at, i.id)
    )
    for r in session.execute(query.execution_options(yield_per=2000)):
        yield (r[0], r[1], f"{r[2]} {r[3]}".strip(), *r[4:])


def pipeline_rows(session: Session) -> Iterator[tuple]:
    o, c = Opportunity, Contact
    history = _histories(
        session,
        OpportunityStageChange.opportunity_id,
        OpportunityStageChange.stage,
        OpportunityStageChange.changed_at,
    )
    query = (
        select(
            o.id,
            o.uid,
            o.company,
            o.role,
            o.channel,
            o.stage,
            c.uid,
            c.first_name,
            c.last_name,
            o.applied_on,
            o.url,
            o.notes,
            o.created_at,
        )
        .outerjoin(c, o.referrer_id == c.id)
        .order_by(o.id)
    )
    for r in session.execute(query):
        name = f"{r[7] or ''} {r[8] or ''}".strip()
        yield (*r[1:7], name, r[9], r[10], r[11], format_history(history.get(r[0], [])), r[12])


TABLES: dict[str, tuple[tuple[str, ...], Callable[[Session], Iterator[tuple]]]] = {
    "contacts": (CONTACT_COLUMNS, contact_rows),
    "chats": (CHAT_COLUMNS, chat_rows),
    "pipeline": (PIPELINE_COLUMNS, pipeline_rows),
}


def export_table(
    journal: Journal, what: str, path: Path, progress: Progress = NO_PROGRESS
) -> ExportResult:
    """Write contacts.csv, chats.csv or pipeline.csv (``what``) to ``path``."""
    header, rows = TABLES[what]
    with journal.read() as session:
        count = write_csv(path, header, rows(session), progress)
    return ExportResult([Path(path)], count)


def export_all(journal: Journal, folder: Path, progress: Progress = NO_PROGRESS) -> ExportResult:
    """The three files into ``folder`` (created if needed), from one consistent read."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {folder}: {exc.strerror or exc}") from None
    if not folder.is_dir():
        raise UserError(f"{folder} is not a folder")
    paths, total = [], 0
    with journal.read() as session, session.begin():
        for what, (header, rows) in TABLES.items():
            path = folder / FILE_NAMES[what]
            total += write_csv(path, header, rows(session), progress)
            paths.append(path)
    return ExportResult(paths, total)
