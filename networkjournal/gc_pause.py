"""The cyclic garbage collector paused while tens of thousands of short-lived objects are made.

Reading 30,000 rows or importing a 30,000-row file makes hundreds of thousands of young
objects (tuples, rows, records, match keys) and almost no reference cycles: the collector
would run hundreds of times and walk the whole heap (SQLAlchemy and Qt included) each
time for nothing (~15% of an import, about half of a 30,000-row read). Reference counting
still frees everything; the collector's state is restored after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
