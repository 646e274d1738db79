"""The journal's clock: every stored timestamp is naive UTC, and days count in UTC days."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    """Naive UTC timestamp: every DateTime in the journal is UTC without tzinfo."""
    return datetime.now(UTC).replace(tzinfo=None)


def today_utc() -> date:
    """The journal's dates are UTC: days in a stage count in UTC days too."""
    return utcnow().date()
