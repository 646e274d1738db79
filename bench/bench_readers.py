"""Readers scale linearly: python bench/bench_readers.py [--rows 10000] [--repeat 3].

Each importer's parser reads a generated file of N, 2N and 4N records (nothing is
written to a journal). A linear reader takes 4x as long on 4N as on N; the floor of
that growth is measured in the same run by reading the same files line by line with
plain Python (`for line in file`). Target: each reader's growth <= 1.5x the floor's
(and never less than 1.5 x 4x: a small file's fixed costs make the floor grow slower).
The last rows are the hostile shapes of issue 12: one vCard 2.1 value of N
quoted-printable soft line breaks (quadratic before: 200,000 lines took 69 s; now
refused at 1 MB, after reading it once) and the same value folded with spaces.
Best of --repeat runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from networkjournal.errors import UserError
from networkjournal.io.readers import open_source


def repeated(name: str, head: str, record: str) -> Callable[[int], str]:
    """A file of ``head`` and ``rows`` copies of ``record`` (``{i}`` numbers each copy)."""

    def make(rows: int) -> str:
        return head + "".join(record.format(i=i) for i in range(rows))

    make.__name__ = name
    return make


linkedin = repeated(
    "linkedin", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    "Anne{i},Martin,https://www.linkedin.com/in/a{i},,Acme,CTO,12 Mar 2024\r\n",
)
google = repeated(
    "google",
    "First Name,Middle Name,Last Name,Notes,E-mail 1 - Label,E-mail 1 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Organization 1 - Name\r\n",
    'Anne{i},,Martin,"two\nlines",* Home,a{i}@example.org ::: b{i}@example.org,Mobile,'
    "+33 6 {i:08d},Acme\r\n",
)
vcard21 = repeated(
    "vcard21", "",
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Martin;Anne{i}\r\nTEL;CELL:+33 6 {i:08d}\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=A9t=C3=A9=\r\n"
    "une longue note=\r\nsur trois lignes\r\nEND:VCARD\r\n",
)
vcard30 = repeated(
    "vcard30", "",
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Anne{i};;;\r\nFN:Anne{i} Martin\r\n"
    "item1.EMAIL;type=INTERNET:a{i}@example.org\r\nitem1.X-ABLabel:_$!<Work>!$_\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:QUJDRA==\r\n QUJDRA==\r\nEND:VCARD\r\n",
)


def soft_breaks(rows: int) -> str:
    lines = "".join("abcdefgh=\r\n" for _ in range(rows * 4))
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\n"
            f"NOTE;ENCODING=QUOTED-PRINTABLE:start=\r\n{lines}end\r\nEND:VCARD\r\n")  # fmt: skip


def folded(rows: int) -> str:
    lines = "".join(" abcdefgh\r\n" for _ in range(rows * 4))
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane\r\nNOTE:start\r\n{lines}END:VCARD\r\n"


FILES: dict[str, tuple[str, Callable[[int], str]]] = {
    "LinkedIn Connections.csv": ("csv", linkedin),
    "Google Contacts CSV (multi-line notes)": ("csv", google),
    "vCard 2.1 (quoted-printable soft breaks)": ("vcf", vcard21),
    "vCard 3.0 (grouped items, folded photo)": ("vcf", vcard30),
    "one 2.1 value of 4N soft line breaks": ("vcf", soft_breaks),
    "one 3.0 value of 4N folded lines": ("vcf", folded),
}


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def parse(path: Path) -> str:
    try:
        return f"{len(list(open_source(path).records()))} records"
    except UserError as exc:
        return f"refused: {str(exc).split(': ', 1)[1][:40]}"


def plain_read(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _line in handle)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nj-bench-readers-"))
    sizes = (args.rows, 2 * args.rows, 4 * args.rows)
    print(f"Readers benchmark: N = {args.rows}, best of {args.repeat} "
          f"(Python {sys.version.split()[0]})")  # fmt: skip
    print(f"{'file':<42} {'N ms':>7} {'2N ms':>7} {'4N ms':>7} {'growth':>7} "
          f"{'floor':>6}  {'target':<8} result  4N outcome")  # fmt: skip
    for label, (suffix, make) in FILES.items():
        ours, floor, outcome = [], [], ""
        for rows in sizes:
            path = folder / f"{make.__name__}-{rows}.{suffix}"
            path.write_text(make(rows), encoding="utf-8", newline="")
            ours.append(best(args.repeat, lambda p=path: parse(p)))
            floor.append(best(args.repeat, lambda p=path: plain_read(p)))
            outcome = parse(path)
        growth, floor_growth = ours[2] / ours[0], floor[2] / floor[0]
        bound = 1.5 * max(floor_growth, 4.0)
        ok = growth <= bound
        verdict, target = ("ok" if ok else "MISSED"), f"<= {bound:.1f}x"
        print(f"{label:<42} {ours[0] * 1000:>7.1f} {ours[1] * 1000:>7.1f} {ours[2] * 1000:>7.1f} "
              f"{growth:>6.2f}x {floor_growth:>5.2f}x  {target:<8} {verdict:<6} {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
