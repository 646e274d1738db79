"""The first screenful of contacts at start-up, read with sqlite3 alone.

Opening a journal imports SQLAlchemy (a quarter of a second) and reading 30,000 contacts
takes another few hundred milliseconds: the window would show "Opening your journal…"
for a second. The first rows of the table, in the table's default order (by name), come
from one small query on the file itself, before SQLAlchemy is even imported, so the window
paints with the user's contacts; the whole journal follows from a worker thread.
Only an SQLite journal already at this version's schema is read this way (anything else
waits for the normal path); the query reads, never writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from networkjournal.core.validation import fold
from networkjournal.store.contact_rows import ContactRow, ContactRowMaker
from networkjournal.store.schema_version import SCHEMA_HEAD

# Sorted by exactly the key the table sorts names by: the folded search text (name first,
# then company, title, email, tags, notes), folded by the same Python function, so the
# first screen is the table's first screen, accents and all ("Aïcha" before "Anya").
_QUERY = """
WITH head AS (
    SELECT id, first_name, last_name, company, title, email, source, stage, archived,
           notes, tags, cadence_days
    FROM contacts WHERE archived = 0
    ORDER BY fold(trim(first_name || ' ' || last_name) || ' ' || company || ' ' || title
                  || ' ' || email || ' ' || tags || ' ' || notes) {direction}, id {direction}
    LIMIT ?
)
SELECT head.*,
    (SELECT max(occurred_at) FROM interactions
     WHERE contact_id = head.id AND status = 'done'),
    (SELECT min(follow_up_on) FROM interactions
     WHERE contact_id = head.id AND follow_up_on IS NOT NULL AND follow_up_done_on IS NULL),
    (SELECT min(occurred_at) FROM interactions
     WHERE contact_id = head.id AND status = 'planned')
FROM head
"""


def first_contact_rows(path: Path, limit: int = 80, *,
                       descending: bool = False) -> list[ContactRow] | None:
    """Up to ``limit`` active contacts by name, or None when this fast path does not apply
    (no such file, another schema version, a database error: the normal path decides)."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                             timeout=0.2)
    except sqlite3.Error:
        return None
    db.create_function("fold", 1, fold, deterministic=True)
    try:
        version = db.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != SCHEMA_HEAD:
            return None
        query = _QUERY.format(direction="DESC" if descending else "ASC")
        values = db.execute(query, (limit,)).fetchall()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    make = ContactRowMaker()
    return [make(*row) for row in values]
