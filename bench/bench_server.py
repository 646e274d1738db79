"""The contacts view and the relationship board on PostgreSQL against SQLite, in one run:
python bench/bench_server.py [--server postgresql+psycopg://postgres@127.0.0.1:5432/postgres].

Both journals are built the way a user builds one (bench/generate.py: a 30,000-row
Connections.csv through the importer, then 20,000 chats and 2,000 opportunities through the
operations), the server's into a database of its own (kept between runs, like the file in
bench/.cache). Timed: what each page's worker reads before the view shows it — the
contacts table's rows and the relationship board's cards — median of 7 after one warm-up.
The server is on loopback: a round trip is ~0.1 ms, a remote one is far more.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate import build, generate
from sqlalchemy.engine import make_url

from networkjournal.store.contacts import load_contact_rows
from networkjournal.store.journal import open_journal
from networkjournal.store.relationship_cards import relationship_rows
from networkjournal.store.schema_version import SCHEMA_HEAD

SIZES = (30_000, 20_000, 2_000)
RUNS = 7


def server_journal(server: str) -> str:
    """The URL of the benchmark's database on the server, built once per schema and size."""
    import psycopg

    url = make_url(server)
    name = f"nj_bench_{SCHEMA_HEAD}_{'_'.join(map(str, SIZES))}"
    ready = f"{name}_ready"
    with psycopg.connect(host=url.host, port=url.port, user=url.username,
                         password=url.password, dbname=url.database, autocommit=True) as admin:
        names = {row[0] for row in admin.execute("SELECT datname FROM pg_database")}
        if ready not in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
            started = time.perf_counter()
            build(url.set(database=name).render_as_string(False), *SIZES)
            print(f"built the server journal in {time.perf_counter() - started:.0f} s")
            admin.execute(f'ALTER DATABASE "{name}" RENAME TO "{ready}"')
    return url.set(database=ready).render_as_string(False)


def median_ms(url: str, read: Callable) -> float:
    journal = open_journal(url)
    try:
        times = []
        for _ in range(RUNS + 1):
            started = time.perf_counter()
            with journal.read() as session:
                rows = read(session)
            times.append((time.perf_counter() - started) * 1000)
            assert len(rows) > 1000
        return statistics.median(times[1:])
    finally:
        journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", default=os.environ.get("NJ_TEST_POSTGRES"),
                        help="a PostgreSQL URL whose user may create databases")
    args = parser.parse_args()
    if not args.server:
        raise SystemExit("name a PostgreSQL server: --server URL (or NJ_TEST_POSTGRES)")
    folder = Path(tempfile.mkdtemp())
    path = folder / "journal.sqlite"
    generate(path, *SIZES)
    file_url = f"sqlite:///{path}"
    open_journal(file_url).close()
    server_url = server_journal(args.server)
    print(f"{SIZES[0]:,} contacts, {SIZES[1]:,} chats, {SIZES[2]:,} opportunities; "
          f"median of {RUNS}\n")
    print("| what | SQLite file | PostgreSQL (loopback) | ratio |\n|---|---|---|---|")
    for what, read in (("contacts view: the table's rows", load_contact_rows),
                       ("relationship board: the cards", relationship_rows)):
        local, server = median_ms(file_url, read), median_ms(server_url, read)
        print(f"| {what} | {local:.0f} ms | {server:.0f} ms | {server / local:.2f}x |")


if __name__ == "__main__":
    main()
