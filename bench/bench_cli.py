"""Command-line benchmark, whole processes: python bench/bench_cli.py [--rows 30000] [--runs 7].

Every figure is the wall time of a fresh process (start to exit), median of --runs,
measured in rounds so that a noisy moment hits every figure alike; each against a
floor measured in the same run. The CPU time of the same processes (user + system,
from wait4) is shown beside it: on a machine other work keeps busy it moves far less
than wall time does. The figures:
  (a) `python -c pass`                       the floor of a process;
  (b) `networkjournal --version`             target <= 3x (a);
  (c) `networkjournal --help`                target <= 3x (a);
  (d) a plain Python process that parses the same Connections.csv with `csv` and
      inserts the same rows (a uuid each, nameless rows skipped) with `sqlite3` in
      one transaction into a table of the contacts table's columns: the floor of an import;
  (e) `networkjournal import FILE --db NEW.sqlite`   into a new journal, target <= 3x (d);
  (f) `networkjournal import FILE --db NEW.sqlite --dry-run`, target <= 3x (d).
The file is generated: a LinkedIn Connections.csv with its "Notes:" preamble, --rows
connections with varied names, companies, titles and profile URLs, about one e-mail in
twelve, and a few nameless rows (closed accounts). Children run with their own data
folders (XDG_*), so the machine's journal is never touched, and with a bytecode cache
in the temporary folder (PYTHONPYCACHEPREFIX), filled by a warm-up run: an installed app
has its .pyc files; --from-source keeps PYTHONDONTWRITEBYTECODE as the environment sets
it (this sandbox does), so that every module is compiled at every start.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 300

# fmt: off
FIRST = (
    "Hélène", "François", "Zoë", "José", "Michelle", "Daniel", "Aïcha", "Søren", "Priya", "Łukasz",
    "Chloé", "Noël", "Björn", "Mei", "Oluwaseun", "Camille", "Lucas", "Inès", "Thomas", "Julie",
    "Nicolas", "Sarah", "Antoine", "Emma", "Mohamed", "Fatima", "Wei", "Yuki", "Raj", "Ananya",
    "Carlos", "María", "Giulia", "Marco", "Anna", "Piotr", "Olga", "Ivan", "Sofia", "Liam",
    "Olivia", "Noah", "Ava", "Ethan", "Mia", "James", "Amelia", "Kenji", "Hana", "Tariq", "Leila",
    "Kwame", "Amara", "Jean-Baptiste", "Marie-Claire", "Siobhán", "Eóin", "Zsófia", "Dvořák"
)
LAST = (
    "Øster", "Müller", "Rossi", "Nakamura", "Tripathi", "Dubois", "García", "Kowalski", "Haddad",
    "Chae", "Fontaine", "Smith", "Ndiaye", "O'Brien", "Leroy", "Martin", "Bernard", "Petit",
    "Durand", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Garcia", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Kim",
    "Lee", "Park", "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Silva", "Santos", "Oliveira",
    "Pereira", "Costa", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Hoffmann", "Novak", "Horvat", "Nowak", "Kovačević", "Jensen", "Nielsen", "Hansen",
    "Andersson", "Johansson", "Virtanen", "Korhonen", "Yılmaz", "Kaya", "Demir", "Cohen", "Levi",
    "Mizrahi"
)
LAST_EXTRA = ("Van der Berg", "De la Cruz", "Le Goff", "Dos Santos", "Mac Lean", "Ben Ali")
COMPANY_WORDS = (
    "Data", "Cloud", "Health", "Pay", "Bio", "Quantum", "Green", "Blue", "Open", "Smart", "Deep",
    "Atlas", "Nova", "Orbit", "Pixel", "Vector", "Lumen", "Hyper", "Nimbus", "Vertex", "Signal",
    "Harbor", "Summit", "Peak", "Bridge", "Forge", "Stack", "Grid", "Wave", "Spark", "Trail",
    "Path"
)
COMPANY_SUFFIX = ("", " Labs", " Inc.", " SAS", " GmbH", " AI", " Technologies", " Systems",
                  ", Inc.", " Group", " & Co", " Ltd")
KNOWN_COMPANIES = ("Ledger", "Stripe, Inc.", "BlaBlaCar", 'Acme "Rockets" LLC', "Alan",
                   "Criteo", "Doctolib", "Mistral AI", "Société Générale", "Qonto", "Datadog",
                   "Back Market", "Google", "Microsoft", "Amazon Web Services (AWS)", "Meta",
                   "Capgemini", "Accenture", "Deloitte", "BNP Paribas", "L'Oréal", "Airbus",
                   "Thales", "Dassault Systèmes", "Ubisoft", "Spotify", "Shopify", "")
LEVELS = ("", "", "Senior ", "Staff ", "Lead ", "Principal ", "Junior ", "Head of ")
ROLES = ("Software Engineer", "Product Manager", "Data Scientist", "Engineering Manager",
         "Recruiter", "Talent Acquisition Partner", "Designer", "DevOps Engineer",
         "Machine Learning Engineer", "Account Executive", "Consultant", "CTO", "Founder",
         "Ingénieure logicielle", "Chef de projet", "Développeur full-stack",
         'Engineer, "Platform" team', "Student", "Analyst, Risk & Compliance")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
          "Connected On")
# fmt: on
PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have "
    "allowed their connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)

# The floor: what a plain script does with the same file (no app code imported).
FLOOR = '''
import csv, sqlite3, sys, uuid
from datetime import datetime, timezone
path, db = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(db, isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA synchronous=NORMAL")
conn.execute("""CREATE TABLE contacts (id INTEGER PRIMARY KEY, uid VARCHAR(36) NOT NULL UNIQUE,
    first_name VARCHAR(200) NOT NULL, last_name VARCHAR(200) NOT NULL,
    company VARCHAR(300) NOT NULL, title VARCHAR(300) NOT NULL, email VARCHAR(320) NOT NULL,
    phone VARCHAR(64) NOT NULL, linkedin_url VARCHAR(500) NOT NULL,
    source VARCHAR(32) NOT NULL, introduced_by_id INTEGER, tags TEXT NOT NULL,
    research_notes TEXT NOT NULL, notes TEXT NOT NULL, cadence_days INTEGER,
    stage VARCHAR(32) NOT NULL, connected_on DATE, archived BOOLEAN NOT NULL,
    created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL)""")
now = datetime.now(timezone.utc).isoformat(" ")
with open(path, encoding="utf-8", newline="") as handle:
    for _ in range(3):
        handle.readline()
    reader = csv.reader(handle)
    next(reader)
    rows = [(str(uuid.uuid4()), r[0], r[1], r[4], r[5], r[3], r[2], r[6], now, now)
            for r in reader if r and (r[0] or r[1])]
conn.execute("BEGIN")
conn.executemany(
    "INSERT INTO contacts (uid, first_name, last_name, company, title, email, linkedin_url,"
    " connected_on, phone, source, tags, research_notes, notes, stage, archived, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'linkedin_1st', '', '', '', 'connected',"
    " 0, ?, ?)", rows)
conn.execute("COMMIT")
conn.close()
print(len(rows))
'''


def _slug(text: str) -> str:
    kept = "".join(c for c in text.lower() if c.isascii() and (c.isalnum() or c in " -"))
    return "-".join(kept.split())


def write_connections(path: Path, rows: int, seed: int = 11) -> int:
    """A Connections.csv of ``rows`` lines; returns how many have a name."""
    rng = random.Random(seed)
    companies = list(KNOWN_COMPANIES) + [
        rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_WORDS).lower() + rng.choice(COMPANY_SUFFIX)
        for _ in range(1500)
    ]
    named = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(PREAMBLE)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        for _ in range(rows):
            when = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2010, 2025)}"
            if rng.random() < 0.002:  # a closed account: no name, no profile
                writer.writerow(["", "", "", "", "", "", when])
                continue
            named += 1
            first = rng.choice(FIRST)
            last = rng.choice(LAST_EXTRA) if rng.random() < 0.03 else rng.choice(LAST)
            slug = f"{_slug(first)}-{_slug(last)}-{rng.getrandbits(36):09x}"
            email = ""
            if rng.random() < 0.08:
                email = f"{_slug(first).replace('-', '.')}.{_slug(last)}{named}"
                email += rng.choice(("@gmail.com", "@outlook.com", "@proton.me", "@yahoo.fr"))
            company = rng.choice(companies)
            title = (rng.choice(LEVELS) + rng.choice(ROLES)) if company else ""
            writer.writerow(
                [first, last, f"https://www.linkedin.com/in/{slug}", email, company, title, when]
            )
    return named


def command() -> list[str]:
    """The installed `networkjournal` script next to this Python, else `python -m`."""
    script = Path(sys.executable).with_name("networkjournal")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "networkjournal"]


def timed(args: list[str], env: dict[str, str], expect: str = "") -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process; exits the bench if it fails."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        _pid, status, usage = os.wait4(child.pid, 0)
        took = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode != 0 or expect not in stdout:
        sys.exit(f"{' '.join(args)} failed ({child.returncode}):\n{stdout}{stderr}")
    return took, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--from-source", action="store_true", help="no bytecode cache (see the module's doc)"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nj-bench-cli-"))
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    env.pop("NETWORKJOURNAL_DB", None)
    if not args.from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    csv_path = folder / "Connections.csv"
    named = write_connections(csv_path, args.rows)
    floor_script = folder / "floor_import.py"
    floor_script.write_text(FLOOR, encoding="utf-8")
    nj = command()
    py = [sys.executable]
    counter = iter(range(10**6))

    def fresh(name: str) -> str:
        return str(folder / f"{name}-{next(counter)}.sqlite")

    figures = {
        "a": ("python -c pass", lambda: timed([*py, "-c", "pass"], env)),
        "b": ("networkjournal --version", lambda: timed([*nj, "--version"], env, "networkjournal")),
        "c": ("networkjournal --help", lambda: timed([*nj, "--help"], env, "usage")),
        "d": (
            "csv + sqlite3 floor process",
            lambda: timed([*py, str(floor_script), str(csv_path), fresh("floor")], env, str(named)),
        ),
        "e": (
            "import into a new journal",
            lambda: timed(
                [*nj, "import", str(csv_path), "--db", fresh("new")], env, f"{named} added"
            ),
        ),
        "f": (
            "import --dry-run (new journal)",
            lambda: timed(
                [*nj, "import", str(csv_path), "--db", fresh("dry"), "--dry-run"],
                env,
                f"{named} added",
            ),
        ),
    }
    for _label, run in figures.values():  # warm-up: OS file cache, .pyc files
        run()
    walls: dict[str, list[float]] = {key: [] for key in figures}
    cpus: dict[str, list[float]] = {key: [] for key in figures}
    for _ in range(args.runs):
        for key, (_label, run) in figures.items():
            wall, cpu = run()
            walls[key].append(wall)
            cpus[key].append(cpu)
    wall_ms = {key: statistics.median(values) * 1000 for key, values in walls.items()}
    cpu_ms = {key: statistics.median(values) * 1000 for key, values in cpus.items()}
    floors = {"a": None, "b": "a", "c": "a", "d": None, "e": "d", "f": "d"}

    import sqlite3

    bytecode = "compiled from source" if args.from_source else "bytecode cached"
    print(
        f"CLI benchmark: whole processes, median of {args.runs} runs, {args.rows} rows "
        f"({named} named), {bytecode}, Python {sys.version.split()[0]}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(
        f"{'figure':<36} {'ms':>6} {'floor':>5} {'floor ms':>8} {'ratio':>6}  target  result"
        f"   {'cpu ms':>6} {'floor':>6} {'ratio':>6}"
    )
    for key, (label, _run) in figures.items():
        floor = floors[key]
        if floor is None:
            print(f"({key}) {label:<32} {wall_ms[key]:>6.0f} {'':>38}   {cpu_ms[key]:>6.0f}")
            continue
        ratio = wall_ms[key] / wall_ms[floor]
        verdict = "ok" if ratio <= 3 else "MISSED"
        print(
            f"({key}) {label:<32} {wall_ms[key]:>6.0f} {'(' + floor + ')':>5} "
            f"{wall_ms[floor]:>8.0f} {ratio:>5.2f}x  <= 3x   {verdict:<6}   "
            f"{cpu_ms[key]:>6.0f} {cpu_ms[floor]:>6.0f} {cpu_ms[key] / cpu_ms[floor]:>5.2f}x"
        )
    spread = {key: (min(v) * 1000, max(v) * 1000) for key, v in walls.items()}
    ranges = ", ".join(f"({k}) {lo:.0f}-{hi:.0f}" for k, (lo, hi) in spread.items())
    print(f"wall range ms: {ranges}")
    if args.keep:
        print(f"files kept in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
