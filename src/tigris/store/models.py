"""The tables of the tigris store, as SQLAlchemy 2 typed declarative models.

These rows never leave ``tigris.store``: the public API turns them into the frozen dataclasses of
``tigris.types``. Every change here needs a migration in ``migrations/versions`` (a test compares
the two). Rows hold no ingest time or other clock value, so re-ingesting the same inputs leaves
the database byte-for-byte the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class IsoDateTime(TypeDecorator[dt.datetime]):
    """A datetime kept as ISO 8601 text, so its UTC offset (or the lack of one) survives as given.

    A publication time of ``2020-01-25T09:00:00+03:00`` comes back with ``+03:00`` on SQLite and
    PostgreSQL alike; a naive time stays naive.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(value)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware datetime stored in UTC and always read back aware (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive datetime cannot be stored as a UTC time")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.datetime | None] = mapped_column(IsoDateTime)
    author: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    source: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    flags: Mapped[list[str]] = mapped_column(JSON)

    citations: Mapped[list[CitationRow]] = relationship(
        cascade="all, delete-orphan", order_by="CitationRow.position"
    )
    comments: Mapped[list[CommentRow]] = relationship(
        cascade="all, delete-orphan", order_by="CommentRow.position"
    )
    history: Mapped[list[HistoryRow]] = relationship(
        cascade="all, delete-orphan", order_by="HistoryRow.position"
    )


class CitationRow(Base):
    __tablename__ = "citations"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    medium: Mapped[str | None] = mapped_column(String(40))
    url: Mapped[str | None] = mapped_column(Text)
    handle: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[list[str]] = mapped_column(JSON)


class CommentRow(Base):
    __tablename__ = "comments"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    author: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)


class HistoryRow(Base):
    __tablename__ = "history_items"
    __table_args__ = (Index("ix_history_items_month_day", "month", "day"),)

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    source_label: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """One coded event. Columns carry the names of ``tigris.types.Event``'s fields."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("review_status IN ('auto', 'confirmed', 'edited', 'rejected')", name="review_status"),
        # The web workbench's filters and sort keys (migrations 0002 and 0003): each filter column
        # leads, then the date order, so a filtered page newest first is read from one index.
        Index("ix_events_date_event_id", "date", "event_id"),
        Index("ix_events_event_type_sub_event_type", "event_type", "sub_event_type"),
        Index("ix_events_fatalities", "fatalities"),
        Index("ix_events_admin1_date", "admin1", "date", "event_id"),
        Index("ix_events_event_type_date", "event_type", "date", "event_id"),
        Index("ix_events_sub_event_type_date", "sub_event_type", "date", "event_id"),
        Index("ix_events_admin1_fatalities", "admin1", "fatalities", "latitude", "longitude"),
        Index("ix_events_actor1_id_date", "actor1_id", "date", "event_id"),
        Index("ix_events_actor2_id_date", "actor2_id", "date", "event_id"),
        Index(
            "ix_events_date_facets",
            "date",
            "event_type",
            "sub_event_type",
            "admin1",
            "review_status",
            "actor1",
            "actor1_id",
            "actor2_id",
            "doc_id",
            "fatalities",
            "latitude",
            "longitude",
        ),
        Index(
            "ix_events_located_date",
            "date",
            "event_id",
            sqlite_where=text("latitude IS NOT NULL AND longitude IS NOT NULL"),
            postgresql_where=text("latitude IS NOT NULL AND longitude IS NOT NULL"),
        ),
    )

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    event_type: Mapped[str] = mapped_column(String(80))
    sub_event_type: Mapped[str] = mapped_column(String(80))
    plover_type: Mapped[str] = mapped_column(String(80))
    plover_mode: Mapped[str] = mapped_column(String(80))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    location_id: Mapped[str | None] = mapped_column(String)
    actor1: Mapped[str | None] = mapped_column(Text)
    actor1_id: Mapped[str | None] = mapped_column(String)
    assoc_actor_1: Mapped[str | None] = mapped_column(Text)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(Text)
    actor2_id: Mapped[str | None] = mapped_column(String)
    assoc_actor_2: Mapped[str | None] = mapped_column(Text)
    inter2: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    modality: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float)
    sources: Mapped[list[str]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text)
    review_status: Mapped[str] = mapped_column(String(20))
    extractor: Mapped[str] = mapped_column(String)
    date_text: Mapped[str | None] = mapped_column(Text)
    place_text: Mapped[str | None] = mapped_column(Text)
    actor1_text: Mapped[str | None] = mapped_column(Text)
    actor2_text: Mapped[str | None] = mapped_column(Text)
    unresolved: Mapped[list[str]] = mapped_column(JSON)

    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade="all, delete-orphan", order_by="EvidenceRow.position"
    )


class EvidenceRow(Base):
    """A sentence stating an event. ``doc_id`` may name another document than the event's own."""

    __tablename__ = "event_evidence"
    __table_args__ = (Index("ix_event_evidence_doc_id", "doc_id"),)

    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class RejectionRow(Base):
    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("origin", "reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(40))
    content_hash: Mapped[str | None] = mapped_column(String(64))


class AuditRow(Base):
    """One changed field of one analyst edit. The log outlives the event it describes."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String, index=True)
    user: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class UserRow(Base):
    """An account of the web workbench. Only an Argon2 hash of the password is kept."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('admin', 'analyst', 'reader')", name="role"),)

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
