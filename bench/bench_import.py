"""Import/export benchmark: python bench/bench_import.py [--rows 30000] [--repeat 3].

Issue 5's targets, each against a floor measured in the same run:
  - importing a Connections.csv of N rows into an empty journal <= 3x the floor:
    parse the same file with `csv` and insert the rows with plain
    sqlite3.executemany in one transaction (same schema, same pragmas);
  - re-importing it (every row unchanged) no slower than the first import;
  - exporting N contacts <= 2x writing the same rows with csv.writer
    (floor fetches them with plain sqlite3 then writes them);
  - peak Python memory while importing (tracemalloc, separate untimed run) for
    N and 3N rows: it grows with the rows' match keys, never with the file size.
Best of --repeat runs is reported.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from networkjournal.io.exports import export_table
from networkjournal.io.readers import open_source
from networkjournal.store.imports import import_records
from networkjournal.store.journal import open_journal

FIRST = [
    "Hélène",
    "François",
    "Zoë",
    "José",
    "Michelle",
    "Daniel",
    "Aïcha",
    "Søren",
    "Priya",
    "Łukasz",
    "Chloé",
    "Noël",
    "Björn",
    "Mei",
    "Oluwaseun",
    "Camille",
    "Lucas",
    "Inès",
]
LAST = [
    "Øster",
    "Müller",
    "Van der Berg",
    "Rossi",
    "Nakamura",
    "Tripathi",
    "Dubois",
    "García",
    "Kowalski",
    "Haddad",
    "Chae",
    "Fontaine",
    "Smith",
    "Ndiaye",
    "O'Brien",
    "Leroy",
]
COMPANIES = [
    "Ledger",
    "Stripe, Inc.",
    "BlaBlaCar",
    'Acme "Rockets" LLC',
    "Alan",
    "Criteo",
    "Doctolib",
    "Mistral AI",
    "Société Générale",
    "Qonto",
    "Datadog",
    "Back Market",
]
TITLES = [
    "CTO",
    "Engineering Manager",
    "Product Manager",
    "Senior Software Engineer",
    "Talent Acquisition Partner",
    "Ingénieure logicielle senior",
    "Staff Engineer",
    'Senior "Staff" Engineer, Platform',
    "Recruiter",
    "Data Scientist",
]
# Surnames made of syllables: few name + company collisions, as in a real network.
SYLLABLES = [
    "ar",
    "be",
    "ci",
    "do",
    "el",
    "fa",
    "go",
    "hu",
    "in",
    "jo",
    "ka",
    "lé",
    "mo",
    "nu",
    "or",
    "pa",
    "qui",
    "ro",
    "sé",
    "ta",
    "ul",
    "vi",
    "wa",
    "xo",
    "yé",
    "zu",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def write_connections(path: Path, rows: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            'Notes:\n"When exporting your connection data, you may notice that some '
            'of the email addresses are missing."\n\n'
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        for i in range(rows):
            first = rng.choice(FIRST)
            last = rng.choice(LAST) + "".join(rng.choice(SYLLABLES) for _ in range(2))
            slug = f"{first}-{last}-{i}".lower().replace(" ", "")
            email = f"{slug}@example.org" if rng.random() < 0.1 else ""
            when = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2012, 2025)}"
            writer.writerow(
                [
                    first,
                    last,
                    f"https://www.linkedin.com/in/{slug}",
                    email,
                    rng.choice(COMPANIES),
                    rng.choice(TITLES),
                    when,
                ]
            )


def fresh_journal(folder: Path, name: str):
    path = folder / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_journal(f"sqlite:///{path}"), path


def floor_import(csv_path: Path, db_path: Path) -> float:
    """csv parse + sqlite3.executemany into the same contacts table, one transaction."""
    start = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for _ in range(3):
            handle.readline()
        reader = csv.reader(handle)
        next(reader)
        now = "2025-01-01 00:00:00.000000"
        rows = [(str(uuid.uuid4()), r[0], r[1], r[4], r[5], r[3], r[2], now, now) for r in reader]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO contacts (uid, first_name, last_name, company, title, email, linkedin_url,"
        " phone, source, tags, research_notes, notes, stage, archived, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '', 'linkedin_1st', '', '', '', 'connected', 0, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def our_import(csv_path: Path, journal) -> tuple[float, object]:
    start = time.perf_counter()
    source = open_source(csv_path)
    summary = import_records(journal, source.records(), format=source.format)
    return time.perf_counter() - start, summary


def floor_export(db_path: Path, out: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT uid, first_name, last_name, company, title, email, phone, linkedin_url, source,"
        " stage, '', connected_on, tags, '', notes, research_notes, cadence_days, archived, '',"
        " '', created_at FROM contacts ORDER BY id"
    )
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerows(rows)
    conn.close()
    return time.perf_counter() - start


def writer_only(rows: list[tuple], out: Path) -> float:
    start = time.perf_counter()
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return time.perf_counter() - start


def peak_import_memory(folder: Path, rows: int) -> tuple[float, float]:
    """(peak MB while importing, file MB), untimed run under tracemalloc."""
    path = folder / f"mem-{rows}.csv"
    write_connections(path, rows, seed=9)
    journal, _ = fresh_journal(folder, f"mem-{rows}")
    tracemalloc.start()
    our_import(path, journal)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    journal.close()
    return peak / 1e6, path.stat().st_size / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nj-bench-import-"))
    csv_path = folder / "Connections.csv"
    write_connections(csv_path, args.rows)

    floors, imports, reimports, exports, ex_floors, ex_writer = [], [], [], [], [], []
    for _ in range(args.repeat):
        journal, floor_db = fresh_journal(folder, "floor")
        journal.close()
        floors.append(floor_import(csv_path, floor_db))
        journal, path = fresh_journal(folder, "ours")
        took, summary = our_import(csv_path, journal)
        assert summary.added == args.rows, summary.line()  # type: ignore[attr-defined]
        imports.append(took)
        took, summary = our_import(csv_path, journal)
        assert summary.unchanged == args.rows, summary.line()  # type: ignore[attr-defined]
        reimports.append(took)
        journal.close()  # both exports then read the same checkpointed file (no WAL)
        journal = open_journal(f"sqlite:///{path}")
        start = time.perf_counter()
        export_table(journal, "contacts", folder / "contacts.csv")
        exports.append(time.perf_counter() - start)
        journal.close()
        ex_floors.append(floor_export(path, folder / "floor.csv"))
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT * FROM contacts ORDER BY id").fetchall()
        ex_writer.append(writer_only(rows, folder / "writer.csv"))

    imp, flo, re_, exp, exf, exw = (
        min(x) for x in (imports, floors, reimports, exports, ex_floors, ex_writer)
    )
    mem_small = peak_import_memory(folder, args.rows)
    mem_big = peak_import_memory(folder, args.rows * 3)

    def line(name: str, ours: float, floor: float, target: str, ok: bool) -> str:
        return (
            f"{name:<44} {ours * 1000:>9.0f} {floor * 1000:>9.0f} {ours / floor:>7.2f}x"
            f"  {target:<8} {'ok' if ok else 'MISSED'}"
        )

    print(
        f"Import/export benchmark, {args.rows} rows, best of {args.repeat} "
        f"(Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version})"
    )
    print(f"{'measure':<44} {'ours ms':>9} {'floor ms':>9} {'ratio':>8}  {'target':<8} result")
    print(line("import Connections.csv into empty journal", imp, flo, "<= 3x", imp <= 3 * flo))
    print(line("re-import, all unchanged (floor: first import)", re_, imp, "<= 1x", re_ <= imp))
    print(
        line("export contacts.csv (floor: sqlite3+csv.writer)", exp, exf, "<= 2x", exp <= 2 * exf)
    )
    print(line("export contacts.csv (floor: csv.writer only)", exp, exw, "(info)", True))
    for rows, (peak, size) in ((args.rows, mem_small), (args.rows * 3, mem_big)):
        print(
            f"peak Python memory importing {rows:>6} rows: {peak:6.1f} MB "
            f"(file {size:5.1f} MB, {peak * 1e6 / rows:5.0f} bytes/row)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
