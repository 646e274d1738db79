"""Typed SQLAlchemy 2 models of the journal (the schema Alembic migrates)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from networkjournal.core.clock import utcnow
from networkjournal.core.validation import full_name
from networkjournal.core.vocabulary import (
    Direction,
    InteractionStatus,
    OpportunityStage,
    RelationshipStage,
    Source,
)

# Named constraints so Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def Words(length: int) -> TypeEngine[str]:
    """Text a person or an imported file writes: VARCHAR(length) in a journal file, TEXT on
    PostgreSQL. SQLite never enforces the length, so a journal file holds longer names and
    notes; a server must take what a file took (and an import), not refuse it as too long."""
    return String(length).with_variant(Text(), "postgresql")


def new_uid() -> str:
    """A stable identifier that survives export, import and merge."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # DeclarativeBase says FromClause (a class may map any selectable); every model
    # here maps a Table, which insert(), update() and delete() need.
    __table__: ClassVar[Table]


class Contact(Base):
    """A person in the user's network."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Words(36), unique=True, default=new_uid)
    first_name: Mapped[str] = mapped_column(Words(200), default="")
    last_name: Mapped[str] = mapped_column(Words(200), default="")
    company: Mapped[str] = mapped_column(Words(300), default="")
    title: Mapped[str] = mapped_column(Words(300), default="")
    email: Mapped[str] = mapped_column(Words(320), default="")
    phone: Mapped[str] = mapped_column(Words(64), default="")
    linkedin_url: Mapped[str] = mapped_column(Words(500), default="")
    source: Mapped[str] = mapped_column(String(32), default=Source.OTHER.value)
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True
    )
    tags: Mapped[str] = mapped_column(Text, default="")
    research_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    cadence_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stage: Mapped[str] = mapped_column(String(32), default=RelationshipStage.IDENTIFIED.value)
    connected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    introduced_by: Mapped[Contact | None] = relationship(remote_side=[id])
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    stage_changes: Mapped[list[ContactStageChange]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactStageChange.changed_at",
    )

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)

    __table_args__ = (
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_linkedin_url", "linkedin_url"),
        Index("ix_contacts_company", "company"),
    )


class Interaction(Base):
    """One entry of the chat log."""

    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Words(36), unique=True, default=new_uid)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=InteractionStatus.DONE.value)
    direction: Mapped[str] = mapped_column(String(16), default=Direction.OUTGOING.value)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    summary: Mapped[str] = mapped_column(Words(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="interactions")


class ContactStageChange(Base):
    """A relationship-stage change with its date; manual when the user moved it by hand."""

    __tablename__ = "contact_stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)

    contact: Mapped[Contact] = relationship(back_populates="stage_changes")

    __table_args__ = (
        # A contact's history, and its newest entry in one probe (the relationship board).
        Index("ix_contact_stage_changes_contact_id_id", "contact_id", "id"),
    )


class Opportunity(Base):
    """A role at a company, with the channel it came through and its stage."""

    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Words(36), unique=True, default=new_uid)
    company: Mapped[str] = mapped_column(Words(300), index=True)
    role: Mapped[str] = mapped_column(Words(300), default="")
    url: Mapped[str] = mapped_column(Words(500), default="")
    channel: Mapped[str] = mapped_column(String(32))
    referrer_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True, index=True
    )
    stage: Mapped[str] = mapped_column(String(32), default=OpportunityStage.INTERESTED.value)
    applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    referrer: Mapped[Contact | None] = relationship()
    stage_changes: Mapped[list[OpportunityStageChange]] = relationship(
        back_populates="opportunity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="OpportunityStageChange.changed_at",
    )


class OpportunityStageChange(Base):
    """One step of an opportunity's stage history (the charts read these)."""

    __tablename__ = "opportunity_stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    opportunity: Mapped[Opportunity] = relationship(back_populates="stage_changes")


class Setting(Base):
    """Journal-scoped preferences that travel with the journal (weekly goals, stale days)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class PastCompany(Base):
    """A company a contact worked at before: noticed when an import or an edit changed it.
    Former colleagues are ways in ("intro paths")."""

    __tablename__ = "past_companies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    company: Mapped[str] = mapped_column(Words(300))
    left_on: Mapped[date] = mapped_column(Date)  # the day the change was noticed


class Win(Base):
    """Good news worth keeping: an introduction made, an interview invitation, a kind reply."""

    __tablename__ = "wins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Words(36), unique=True, default=new_uid)
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Words(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
