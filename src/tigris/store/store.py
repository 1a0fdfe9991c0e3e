"""The Store: documents, events, rejections and analysts' edits, kept in SQLite or PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, get_args

from sqlalchemy import Engine, Select, and_, case, func, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from tigris.errors import StoreError
from tigris.types import Citation, Comment, Document, Event, HistoricalItem, Rejection, ReviewStatus

from . import _convert as cv
from ._engine import check_sqlite_location, create_store_engine, migrate, one_line, parse_url, sqlite_file
from .models import (
    AuditRow,
    Base,
    CitationRow,
    CommentRow,
    DocumentRow,
    EventRow,
    HistoryRow,
    RejectionRow,
)


class SaveOutcome(StrEnum):
    """What ``Store.save`` did with a document."""

    ADDED = "added"
    UNCHANGED = "unchanged"
    UPDATED = "updated"


@dataclass(frozen=True)
class AuditEntry:
    """One field of an event changed by an analyst: who, when, old and new value (as text)."""

    event_id: str
    user: str
    at: dt.datetime
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Summary:
    """Counts over the whole store. Events an analyst rejected are left out of the event counts."""

    documents: int
    events: int
    rejections: int
    events_by_type: dict[str, int]
    events_by_month: dict[str, int]  # "YYYY-MM" -> count; undated events are not counted here
    top_actors: tuple[tuple[str, int], ...]  # (actor, events as actor1 or actor2), at most 10


TOUCHED = frozenset(s for s in get_args(ReviewStatus) if s != "auto")


def open_store(url: str) -> Store:
    """Open the store at ``url``, creating the database (SQLite) and migrating it to the newest schema.

    Raises StoreError with a one-line reason when the database cannot be reached, created or written.
    """
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(parsed)
        if path is not None:
            check_sqlite_location(path)
    engine = create_store_engine(parsed)
    try:
        migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    return Store(engine)


class Store:
    """tigris's record of documents, events and analysts' edits.

    Made by ``open_store``; every method opens its own transaction and returns core dataclasses,
    never ORM rows. ``close`` releases the database connections.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(tigris_write=True), expire_on_commit=False)

    @property
    def url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def _session(self, action: str, *, write: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely when it raises."""
        factory = self._writer if write else self._reader
        try:
            with factory.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"{action}: {one_line(exc)}") from exc

    # ------------------------------------------------------------ documents

    def save(self, doc: Document, events: Sequence[Event]) -> SaveOutcome:
        """Store a document and its events in one transaction.

        Saving the same document with the same events again changes nothing (``unchanged``). When
        the events differ (a newer extractor), events still marked ``auto`` are replaced, while
        events an analyst confirmed, edited or rejected are kept as they are. A document whose
        content is already stored under another id is a duplicate: nothing is written and the
        outcome is ``unchanged``. If anything fails, nothing of the document is stored.
        """
        events = list(events)
        _check_events(doc, events)
        with self._session(f"cannot save document {doc.id}", write=True) as session:
            outcome = _save_document(session, doc)
            if outcome is None:
                return SaveOutcome.UNCHANGED
            events_changed = _save_events(session, doc.id, events)
        if outcome is SaveOutcome.UNCHANGED and events_changed:
            return SaveOutcome.UPDATED
        return outcome

    def has_document(self, content_hash: str) -> bool:
        with self._session("cannot read documents") as session:
            found = session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash))
        return found is not None

    def document(self, doc_id: str) -> Document | None:
        with self._session(f"cannot read document {doc_id}") as session:
            row = session.scalar(_documents_query().where(DocumentRow.id == doc_id))
            return None if row is None else cv.document_from_row(row)

    def documents(self) -> list[Document]:
        """Every document, ordered by id."""
        with self._session("cannot read documents") as session:
            rows = session.scalars(_documents_query().order_by(DocumentRow.id)).all()
            return [cv.document_from_row(row) for row in rows]

    def citations(self, doc_id: str | None = None) -> list[tuple[str, Citation]]:
        """(document id, citation) pairs, in the order of each document's sources list."""
        query = select(CitationRow).order_by(CitationRow.doc_id, CitationRow.position)
        if doc_id is not None:
            query = query.where(CitationRow.doc_id == doc_id)
        with self._session("cannot read citations") as session:
            return [(row.doc_id, cv.citation_from_row(row)) for row in session.scalars(query)]

    def comments(self, doc_id: str) -> list[Comment]:
        query = select(CommentRow).where(CommentRow.doc_id == doc_id).order_by(CommentRow.position)
        with self._session("cannot read comments") as session:
            return [cv.comment_from_row(row) for row in session.scalars(query)]

    def history(self, month: int | None = None, day: int | None = None) -> list[tuple[str, HistoricalItem]]:
        """(document id, item) pairs of dated history entries, by month, day and year (undated first)."""
        query = select(HistoryRow).order_by(
            HistoryRow.month,
            HistoryRow.day,
            case((HistoryRow.year.is_(None), 0), else_=1),
            HistoryRow.year,
            HistoryRow.doc_id,
            HistoryRow.position,
        )
        if month is not None:
            query = query.where(HistoryRow.month == month)
        if day is not None:
            query = query.where(HistoryRow.day == day)
        with self._session("cannot read history") as session:
            return [(row.doc_id, cv.history_from_row(row)) for row in session.scalars(query)]

    # ------------------------------------------------------------ rejections

    def save_rejection(self, rej: Rejection) -> bool:
        """Record an input that could not be processed; False when the same origin and reason are known."""
        where = and_(RejectionRow.origin == rej.origin, RejectionRow.reason == rej.reason)
        try:
            with self._session(f"cannot record rejection of {rej.origin}", write=True) as session:
                if session.scalar(select(RejectionRow.id).where(where)) is not None:
                    return False
                session.add(
                    RejectionRow(
                        origin=rej.origin, reason=rej.reason, stage=rej.stage, content_hash=rej.content_hash
                    )
                )
        except StoreError as exc:
            # Another writer recorded the same rejection between our check and our insert.
            if isinstance(exc.__cause__, IntegrityError):
                return False
            raise
        return True

    def rejections(self) -> list[Rejection]:
        """Every recorded rejection, oldest first."""
        with self._session("cannot read rejections") as session:
            rows = session.scalars(select(RejectionRow).order_by(RejectionRow.id))
            return [cv.rejection_from_row(row) for row in rows]

    # ------------------------------------------------------------ events

    def events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every filter given, ordered by date (undated last) then event id.

        ``since`` and ``until`` are inclusive and leave out undated events. ``event_type`` matches
        the event type or sub-event type, ignoring case. ``actor`` is found (ignoring case) in
        actor1, actor2 or their associated actors; ``place`` in location, admin1, admin2 or country.
        Events an analyst rejected are included, with their ``review_status``.
        """
        query = select(EventRow).options(selectinload(EventRow.evidence))
        conditions: list[ColumnElement[bool]] = []
        if since is not None:
            conditions.append(EventRow.date >= since)
        if until is not None:
            conditions.append(EventRow.date <= until)
        if event_type is not None:
            wanted = event_type.lower()
            conditions.append(
                or_(func.lower(EventRow.event_type) == wanted, func.lower(EventRow.sub_event_type) == wanted)
            )
        if actor is not None:
            columns = (EventRow.actor1, EventRow.actor2, EventRow.assoc_actor_1, EventRow.assoc_actor_2)
            conditions.append(or_(*(c.icontains(actor, autoescape=True) for c in columns)))
        if place is not None:
            columns = (EventRow.location, EventRow.admin1, EventRow.admin2, EventRow.country)
            conditions.append(or_(*(c.icontains(place, autoescape=True) for c in columns)))
        if doc_id is not None:
            conditions.append(EventRow.doc_id == doc_id)
        query = query.where(*conditions).order_by(
            case((EventRow.date.is_(None), 1), else_=0), EventRow.date, EventRow.event_id
        )
        if limit is not None:
            query = query.limit(limit)
        with self._session("cannot read events") as session:
            return [cv.event_from_row(row) for row in session.scalars(query)]

    def event(self, event_id: str) -> Event | None:
        with self._session(f"cannot read event {event_id}") as session:
            row = session.get(EventRow, event_id, options=[selectinload(EventRow.evidence)])
            return None if row is None else cv.event_from_row(row)

    def edit_event(self, event_id: str, changes: Mapping[str, object], *, user: str) -> Event:
        """Apply an analyst's changes to an event, logging each changed field.

        The event's ``review_status`` becomes ``edited``, or the status given in ``changes`` (e.g.
        ``confirmed`` or ``rejected``). A re-run of the pipeline never overwrites it afterwards.
        Raises ValueError for a field that does not exist or cannot be edited, or a value of the
        wrong kind, and KeyError when there is no such event.
        """
        coerced = _coerce_changes(changes)
        at = dt.datetime.now(dt.UTC)
        with self._session(f"cannot edit event {event_id}", write=True) as session:
            row = session.get(EventRow, event_id, options=[selectinload(EventRow.evidence)])
            if row is None:
                raise KeyError(f"no event with id {event_id!r}")
            old = cv.event_from_row(row)
            new = dataclasses.replace(old, **coerced)
            if "review_status" not in coerced and new != old:
                new = dataclasses.replace(new, review_status="edited")
            for name in cv.editable_event_fields():
                before, after = getattr(old, name), getattr(new, name)
                if before == after:
                    continue
                session.add(
                    AuditRow(
                        event_id=event_id,
                        user=user,
                        at=at,
                        field=name,
                        old=cv.as_text(before),
                        new=cv.as_text(after),
                    )
                )
            for name, value in cv.event_values(new).items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        return new

    def audit(self, event_id: str) -> list[AuditEntry]:
        """Every logged change of an event, oldest first."""
        query = select(AuditRow).where(AuditRow.event_id == event_id).order_by(AuditRow.at, AuditRow.id)
        with self._session(f"cannot read the audit log of {event_id}") as session:
            return [
                AuditEntry(
                    event_id=row.event_id, user=row.user, at=row.at, field=row.field, old=row.old, new=row.new
                )
                for row in session.scalars(query)
            ]

    # ------------------------------------------------------------ overview

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table (the migration bookkeeping aside), sorted; for comparing states."""
        result: dict[str, list[tuple[Any, ...]]] = {}
        with self._session("cannot read the store") as session:
            for table in Base.metadata.sorted_tables:
                rows = [tuple(row) for row in session.execute(select(table))]
                result[table.name] = sorted(rows, key=repr)
        return result

    def summary(self) -> Summary:
        counted = EventRow.review_status != "rejected"
        with self._session("cannot summarise the store") as session:
            documents = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
            events = session.scalar(select(func.count()).select_from(EventRow).where(counted)) or 0
            rejections = session.scalar(select(func.count()).select_from(RejectionRow)) or 0
            by_type = session.execute(
                select(EventRow.event_type, func.count()).where(counted).group_by(EventRow.event_type)
            ).all()
            year = func.extract("year", EventRow.date)
            month = func.extract("month", EventRow.date)
            by_month = session.execute(
                select(year, month, func.count())
                .where(counted, EventRow.date.is_not(None))
                .group_by(year, month)
            ).all()
            actors: Counter[str] = Counter()
            for column in (EventRow.actor1, EventRow.actor2):
                for name, count in session.execute(
                    select(column, func.count()).where(counted, column.is_not(None)).group_by(column)
                ):
                    if name is not None:
                        actors[name] += count
        return Summary(
            documents=documents,
            events=events,
            rejections=rejections,
            events_by_type={name: count for name, count in sorted(by_type)},
            events_by_month={f"{int(y):04d}-{int(m):02d}": count for y, m, count in sorted(by_month)},
            top_actors=tuple(sorted(actors.items(), key=lambda item: (-item[1], item[0]))[:10]),
        )


# ---------------------------------------------------------------- helpers


def _documents_query() -> Select[DocumentRow]:
    return select(DocumentRow).options(
        selectinload(DocumentRow.citations),
        selectinload(DocumentRow.comments),
        selectinload(DocumentRow.history),
    )


def _check_events(doc: Document, events: list[Event]) -> None:
    seen: set[str] = set()
    for event in events:
        if event.doc_id != doc.id:
            raise ValueError(f"event {event.event_id} belongs to document {event.doc_id!r}, not {doc.id!r}")
        if event.event_id in seen:
            raise ValueError(f"event id {event.event_id} appears twice for document {doc.id}")
        if event.review_status not in get_args(ReviewStatus):
            raise ValueError(f"event {event.event_id} has an unknown review status {event.review_status!r}")
        seen.add(event.event_id)


def _save_document(session: Session, doc: Document) -> SaveOutcome | None:
    """Insert or update the document row and its parts; None when it is a duplicate of another id."""
    values = cv.document_values(doc)
    citations, comments, history = cv.document_children(doc)
    row = session.scalar(_documents_query().where(DocumentRow.id == doc.id))
    if row is None:
        duplicate = session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == doc.content_hash))
        if duplicate is not None:
            return None
        row = DocumentRow(**values)
        _set_children(row, citations, comments, history)
        session.add(row)
        session.flush()
        return SaveOutcome.ADDED
    stored = cv.row_values(row, values)
    if stored == values and cv.stored_children(row) == (citations, comments, history):
        return SaveOutcome.UNCHANGED
    for key, value in values.items():
        if stored[key] != value:
            setattr(row, key, value)
    if cv.stored_children(row) != (citations, comments, history):
        row.citations.clear()
        row.comments.clear()
        row.history.clear()
        session.flush()
        _set_children(row, citations, comments, history)
    session.flush()
    return SaveOutcome.UPDATED


def _set_children(
    row: DocumentRow, citations: list[cv.Values], comments: list[cv.Values], history: list[cv.Values]
) -> None:
    row.citations.extend(CitationRow(position=i, **v) for i, v in enumerate(citations))
    row.comments.extend(CommentRow(position=i, **v) for i, v in enumerate(comments))
    row.history.extend(HistoryRow(position=i, **v) for i, v in enumerate(history))


def _save_events(session: Session, doc_id: str, events: list[Event]) -> bool:
    """Bring the document's events in line with ``events``, sparing analysts' work. True if any row changed."""
    stored = {
        row.event_id: row
        for row in session.scalars(
            select(EventRow).where(EventRow.doc_id == doc_id).options(selectinload(EventRow.evidence))
        )
    }
    new_ids = [e.event_id for e in events if e.event_id not in stored]
    if new_ids:
        taken = session.execute(
            select(EventRow.event_id, EventRow.doc_id).where(EventRow.event_id.in_(new_ids))
        ).first()
        if taken is not None:
            raise StoreError(
                f"cannot save document {doc_id}: event {taken[0]} is already stored for document {taken[1]}"
            )
    changed = False
    incoming = {e.event_id for e in events}
    for event in events:
        values = cv.event_values(event)
        row = stored.get(event.event_id)
        if row is None:
            row = EventRow(**values)
            row.evidence.extend(cv.evidence_rows(event))
            session.add(row)
            changed = True
            continue
        if row.review_status in TOUCHED:
            continue
        old_values = cv.stored_event_values(row)
        if old_values != values:
            for key, value in values.items():
                if old_values[key] != value:
                    setattr(row, key, value)
            changed = True
        if cv.stored_evidence_values(row) != cv.evidence_values(event):
            row.evidence.clear()
            session.flush()
            row.evidence.extend(cv.evidence_rows(event))
            changed = True
    for event_id, row in stored.items():
        if event_id not in incoming and row.review_status not in TOUCHED:
            session.delete(row)
            changed = True
    session.flush()
    return changed


def _coerce_changes(changes: Mapping[str, object]) -> dict[str, Any]:
    known = cv.event_field_names()
    editable = cv.editable_event_fields()
    coerced: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in known:
            raise ValueError(f"unknown event field {name!r}; editable fields: {', '.join(editable)}")
        if name not in editable:
            raise ValueError(f"event field {name!r} cannot be edited: it records where the event comes from")
        coerced[name] = cv.coerce_event_value(name, value)
    return coerced
