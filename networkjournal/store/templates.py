"""The user's own outreach templates, kept in the journal's settings (one row each)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from networkjournal.core.templates import Template, user_template
from networkjournal.store.models import Setting

TEMPLATE_PREFIX = "template:"


def user_templates(session: Session) -> list[Template]:
    """The user's templates by title; one that cannot be read is left out."""
    rows = session.execute(select(Setting.key, Setting.value)
                           .where(Setting.key.startswith(TEMPLATE_PREFIX, autoescape=True)))
    found = (user_template(key.removeprefix(TEMPLATE_PREFIX), value) for key, value in rows)
    return sorted((t for t in found if t is not None), key=lambda t: t.title.casefold())
