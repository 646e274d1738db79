"""Journal-scoped settings (weekly goals, stale days): small values that travel with the journal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from networkjournal.store.models import Setting


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def get_int_setting(session: Session, key: str, default: int) -> int:
    try:
        return int(get_setting(session, key, str(default)))
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: str | int) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)
