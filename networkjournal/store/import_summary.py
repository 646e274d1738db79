"""What an import did: counts per kind, rows worth a look, the one-line summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from networkjournal.core.records import Rejected, Remark


@dataclass(slots=True)
class RowOutcome:
    """What happened to one row (shown in the GUI preview)."""

    line: int
    kind: str  # contact, chat, opportunity
    action: str  # added, updated, unchanged, duplicate, rejected
    name: str
    detail: str = ""


@dataclass
class ImportSummary:
    """Counts and the rows worth a look, returned by :func:`import_records`."""

    format: str = ""
    dry_run: bool = False
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)
    suggestions: list[RowOutcome] = field(default_factory=list)
    job_changes: int = 0
    rows: list[RowOutcome] | None = None
    remarks: list[Remark] = field(default_factory=list)  # what the reader noticed
    # Contacts the imported chats move forward, by the stage they reach.
    stage_changes: Counter[str] = field(default_factory=Counter)

    def count(self, action: str, kind: str | None = None) -> int:
        kinds = [kind] if kind else list(self.counts)
        return sum(self.counts.get(k, Counter())[action] for k in kinds)

    added = property(lambda self: self.count("added"))
    updated = property(lambda self: self.count("updated"))
    unchanged = property(lambda self: self.count("unchanged"))
    skipped = property(lambda self: len(self.rejected))

    def line(self) -> str:
        """The one line the CLI prints."""
        head = "dry run, nothing written: " if self.dry_run else ""
        text = (
            f"{head}{self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped"
        )
        extras = []
        if self.job_changes:
            n = self.job_changes
            extras.append(f"{n} job change{'' if n == 1 else 's'} noted")
        if self.suggestions:
            n = len(self.suggestions)
            extras.append(f"{n} possible duplicate{'' if n == 1 else 's'}")
        if self.rejected:
            lines = [str(r.line) for r in self.rejected[:10]]
            more = ", …" if len(self.rejected) > 10 else ""
            word = "line" if len(self.rejected) == 1 else "lines"
            extras.insert(0, f"{word} {', '.join(lines)}{more}")
        return text + (f" ({'; '.join(extras)})" if extras else "")

    def tally(self, kind: str, action: str, rows: int = 1) -> None:
        """Count rows without keeping them (when no preview needs the rows)."""
        counter = self.counts.get(kind)
        if counter is None:
            counter = self.counts[kind] = Counter()
        counter[action] += rows

    def note(self, outcome: RowOutcome, counted_as: str | None = None) -> None:
        self.counts.setdefault(outcome.kind, Counter())[counted_as or outcome.action] += 1
        if self.rows is not None:
            self.rows.append(outcome)

    def reject(self, rejected: Rejected) -> None:
        self.rejected.append(rejected)
        if self.rows is not None:
            self.rows.append(
                RowOutcome(rejected.line, rejected.kind, "rejected", rejected.name, rejected.reason)
            )
