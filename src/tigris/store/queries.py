"""Queries of the web workbench over the store: filtered, sorted and paged event listings, facets,
counts for the timeline and the map, events on a day of the year, merging and splitting events, and
the accounts table.

Every function takes an open :class:`~tigris.store.Store` and returns core dataclasses or plain
tuples, never ORM rows. All SQL is built with SQLAlchemy, so every value is a bound parameter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    case,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    union,
    union_all,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import ColumnElement

from tigris.errors import StoreError
from tigris.types import Event, Evidence

from . import _convert as cv
from ._engine import one_line
from .models import AuditRow, DocumentRow, EventRow, EvidenceRow, UserRow
from .store import Store

# Sort keys a listing accepts, each the name of an events column.
SORTABLE: tuple[str, ...] = (
    "date",
    "event_id",
    "event_type",
    "sub_event_type",
    "location",
    "admin1",
    "actor1",
    "actor2",
    "fatalities",
    "confidence",
    "review_status",
)
# Facets counted for a filtered listing: name -> events column.
FACETS: tuple[str, ...] = ("event_type", "sub_event_type", "admin1", "actor1", "review_status", "source")
FACET_SIZE = 12
EXPORT_BATCH = 1000
# The SQLite full-text index of migration 0003 (trigram tokens: any piece of 3 characters or more).
SEARCH_TABLE = table("event_search", column("rowid"))
SEARCH_MIN_CHARS = 3
# One row whose counter triggers bump on every write to events, evidence or documents (0003).
DATA_VERSION = table("data_version", column("id"), column("version"))
TRIGRAM_SQLITE = (3, 34, 0)


@dataclass(frozen=True)
class EventFilter:
    """What an analyst filters the event record by; every filter given must match.

    ``since``/``until`` are inclusive and leave out undated events. ``event_type`` and
    ``sub_event_type`` are exact. ``actor`` is a piece of an actor's name (actor1, actor2 or their
    associated actors), unless ``actor_ids`` is given: then the events with one of those actor ids
    as actor1 or actor2 match (the web layer resolves an actor id or a known name to ``actor_ids``).
    ``admin1`` is the governorate, exact; ``place`` a piece of the location or its administrative
    units. ``source`` is the outlet of the event's document. ``q`` is found in the evidence, notes,
    location or actor names. Text comparisons ignore case.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    admin1: str | None = None
    place: str | None = None
    source: str | None = None
    review_status: str | None = None
    q: str | None = None
    doc_id: str | None = None
    actor_ids: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in dataclasses.fields(self))


class MapPoint(NamedTuple):
    """A located event as the map draws it (a tuple: thousands are made for one map)."""

    event_id: str
    latitude: float
    longitude: float
    event_type: str
    sub_event_type: str
    date: dt.date | None
    location: str | None
    fatalities: int


@dataclass(frozen=True)
class DayCount:
    """Events of one type on one day (undated events are not counted)."""

    date: dt.date
    event_type: str
    events: int
    fatalities: int


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str


def trigram_search(dialect: str) -> bool:
    """Whether text search can use the full-text index (SQLite with FTS5's trigram tokenizer)."""
    return dialect == "sqlite" and sqlite3.sqlite_version_info >= TRIGRAM_SQLITE


def _searched(search_column: str, text: str, dialect: str) -> ColumnElement[bool] | None:
    """Events whose ``search_column`` of the full-text index contains ``text``; None where the
    index cannot answer (another database, or fewer than three characters)."""
    if not trigram_search(dialect) or len(text) < SEARCH_MIN_CHARS:
        return None
    # One FTS5 phrase of trigrams in one column: the column must contain ``text`` as it stands.
    phrase = search_column + ' : "' + text.replace('"', '""') + '"'
    found = select(SEARCH_TABLE.c.rowid).where(literal_column("event_search").op("MATCH")(phrase))
    return literal_column("events.rowid").in_(found)


def _any_contains(columns: Sequence[Any], text: str) -> ColumnElement[bool]:
    return or_(*(c.icontains(text, autoescape=True) for c in columns))


def _text_search(q: str, dialect: str) -> ColumnElement[bool]:
    searched = _searched("body", q, dialect)
    if searched is not None:
        return searched
    in_evidence = exists().where(
        EvidenceRow.event_id == EventRow.event_id, EvidenceRow.text.icontains(q, autoescape=True)
    )
    return or_(
        in_evidence,
        *(
            column.icontains(q, autoescape=True)
            for column in (EventRow.notes, EventRow.location, EventRow.actor1, EventRow.actor2)
        ),
    )


def _dialect(store: Store) -> str:
    return store._engine.dialect.name


def _conditions(f: EventFilter, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.since is not None:
        conditions.append(EventRow.date >= f.since)
    if f.until is not None:
        conditions.append(EventRow.date <= f.until)
    if f.event_type:
        conditions.append(EventRow.event_type == f.event_type)
    if f.sub_event_type:
        conditions.append(EventRow.sub_event_type == f.sub_event_type)
    if f.actor_ids:
        ids = sorted(set(f.actor_ids))
        conditions.append(or_(EventRow.actor1_id.in_(ids), EventRow.actor2_id.in_(ids)))
    elif f.actor:
        names = (EventRow.actor1, EventRow.actor2, EventRow.assoc_actor_1, EventRow.assoc_actor_2)
        by_id = or_(EventRow.actor1_id == f.actor, EventRow.actor2_id == f.actor)
        searched = _searched("actors", f.actor, dialect)
        if searched is None:
            conditions.append(or_(by_id, _any_contains(names, f.actor)))
        else:
            # The index finds the candidates; LIKE on those few rows keeps the exact meaning.
            conditions.append(or_(by_id, and_(searched, _any_contains(names, f.actor))))
    if f.admin1:
        conditions.append(EventRow.admin1 == f.admin1)
    if f.place:
        places = (EventRow.location, EventRow.admin1, EventRow.admin2, EventRow.country)
        searched = _searched("place", f.place, dialect)
        if searched is None:
            conditions.append(_any_contains(places, f.place))
        else:
            conditions.append(and_(searched, _any_contains(places, f.place)))
    if f.source:
        conditions.append(EventRow.doc_id.in_(select(DocumentRow.id).where(DocumentRow.source == f.source)))
    if f.review_status:
        conditions.append(EventRow.review_status == f.review_status)
    if f.q:
        conditions.append(_text_search(f.q, dialect))
    if f.doc_id:
        conditions.append(EventRow.doc_id == f.doc_id)
    return conditions


def _order(sort: str, descending: bool) -> list[Any]:
    if sort not in SORTABLE:
        raise ValueError(f"unknown sort column {sort!r}; choose one of: {', '.join(SORTABLE)}")
    column = getattr(EventRow, sort)
    primary = column.desc() if descending else column.asc()
    tie = EventRow.event_id.desc() if descending else EventRow.event_id.asc()
    if sort == "event_id":
        return [primary]
    # Rows without a value come last whichever way the column is sorted. NULLS LAST, with the tie
    # in the same direction, lets SQLite walk an index on (column, event_id) instead of sorting.
    return [primary.nulls_last(), tie]


def _events_query(f: EventFilter, dialect: str) -> Select[Any]:
    columns = [EventRow.__table__.c[name] for name in cv.event_column_names()]
    return select(*columns).where(*_conditions(f, dialect))


# Statements run for every page of a listing, built once: each list of ids is one expanding
# parameter, so SQLAlchemy compiles the statement once instead of coercing each id on each page.
_EVENT_COLUMNS = [EventRow.__table__.c[name] for name in cv.event_column_names()]
_EVENTS_BY_ID = select(*_EVENT_COLUMNS).where(EventRow.event_id.in_(bindparam("ids", expanding=True)))
_EVIDENCE_OF = (
    select(
        EvidenceRow.event_id,
        EvidenceRow.doc_id,
        EvidenceRow.start_char,
        EvidenceRow.end_char,
        EvidenceRow.text,
    )
    .where(EvidenceRow.event_id.in_(bindparam("ids", expanding=True)))
    .order_by(EvidenceRow.event_id, EvidenceRow.position)
)


def _read_events(
    session: Session, query: Select[Any], params: Mapping[str, Any] | None = None
) -> list[Event]:
    """The events that ``query`` (over the events columns) selects, with their evidence, in order.

    Read as plain rows rather than ORM objects: a listing never changes them, and this is the
    larger part of the cost of a page."""
    connection = session.connection()
    rows = connection.execute(query, params or {}).mappings().all()
    evidence: dict[str, list[Evidence]] = {row["event_id"]: [] for row in rows}
    if evidence:
        for event_id, doc_id, start, end, text in connection.execute(_EVIDENCE_OF, {"ids": list(evidence)}):
            evidence[event_id].append(Evidence(doc_id=doc_id, start=start, end=end, text=text))
    names = cv.event_column_names()
    lists = cv.EVENT_LIST_FIELDS
    events = []
    for row in rows:
        values: dict[str, Any] = {
            name: tuple(row[name] or ()) if name in lists else row[name] for name in names
        }
        events.append(Event(**values, evidence=tuple(evidence[row["event_id"]])))
    return events


def count_events(store: Store, f: EventFilter) -> int:
    where = _conditions(f, _dialect(store))
    with store._session("cannot count events") as session:
        return session.scalar(select(func.count()).select_from(EventRow).where(*where)) or 0


def event_rowids(store: Store, f: EventFilter) -> list[int]:
    """The rowids of the events matching ``f`` (for the in-memory columns' text filters)."""
    rowid: ColumnElement[Any] = literal_column("events.rowid")
    query = select(rowid).select_from(EventRow).where(*_conditions(f, _dialect(store)))
    with store._session("cannot read events") as session:
        return list(session.connection().execute(query).scalars().all())


VERSION_QUERY = select(DATA_VERSION.c.version).where(DATA_VERSION.c.id == 1)


def data_version(store: Store) -> int | None:
    """A number that changes whenever events, their evidence or documents change (migration 0003's
    counter, bumped by triggers), so a count cached under it is still right while it stays the same.
    None when the database cannot say.

    Read on a plain connection, not an ORM session: every listing, facet and map request asks
    for it first, and the session would cost more than the query."""
    try:
        with store._engine.connect() as connection:
            value = connection.execute(VERSION_QUERY).scalar()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the data version: {one_line(exc)}") from exc
    return None if value is None else int(value)


def actor_id_known(store: Store, actor_id: str) -> bool:
    """Whether some event has ``actor_id`` as its actor1 or actor2 id."""
    where = or_(EventRow.actor1_id == actor_id, EventRow.actor2_id == actor_id)
    with store._session("cannot read events") as session:
        return session.scalar(select(EventRow.event_id).where(where).limit(1)) is not None


def list_events(
    store: Store,
    f: EventFilter,
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int = 50,
    offset: int = 0,
) -> list[Event]:
    """One page of the events matching ``f``. Raises ValueError for a sort key not in SORTABLE."""
    dialect = _dialect(store)
    order = _order(sort, descending)
    query = _events_query(f, dialect)
    if sort == "date":
        first = _first_of_one_actor(f, dialect, [], descending, limit + offset)
        if first is not None:
            columns = [EventRow.__table__.c[name] for name in cv.event_column_names()]
            query = select(*columns).where(EventRow.event_id.in_(first))
    query = query.order_by(*order).limit(limit).offset(offset)
    with store._session("cannot read events") as session:
        return _read_events(session, query)


def events_by_id(store: Store, event_ids: Sequence[str]) -> list[Event]:
    """The events with these ids, in the order given (an id with no event is left out)."""
    if not event_ids:
        return []
    with store._session("cannot read events") as session:
        found = {
            event.event_id: event for event in _read_events(session, _EVENTS_BY_ID, {"ids": list(event_ids)})
        }
    return [found[i] for i in event_ids if i in found]


def _first_of_one_actor(
    f: EventFilter, dialect: str, extra: list[ColumnElement[bool]], descending: bool, n: int
) -> Any | None:
    """For a filter on one actor id, the ids of its first ``n`` events in date order, or None.

    The actor is actor1 or actor2: SQLite reads both indexes and sorts every match, thousands of
    rows for a frequent actor. The first ``n`` of the whole set are among the first ``n`` as actor1
    and the first ``n`` as actor2, which each index gives already in order."""
    if len(f.actor_ids) != 1:
        return None
    actor = f.actor_ids[0]
    rest = [*_conditions(dataclasses.replace(f, actor_ids=(), actor=None), dialect), *extra]
    order = _order("date", descending)
    branches = []
    for role in (EventRow.actor1_id, EventRow.actor2_id):
        first = select(EventRow.event_id).where(*rest, role == actor).order_by(*order).limit(n).subquery()
        branches.append(select(first.c.event_id))
    return union(*branches)


def iter_events(
    store: Store, f: EventFilter, *, sort: str = "date", descending: bool = False
) -> Iterator[Event]:
    """Every event matching ``f``, read in batches (for exports of a whole filtered set)."""
    order = _order(sort, descending)
    offset = 0
    while True:
        query = _events_query(f, _dialect(store)).order_by(*order).limit(EXPORT_BATCH).offset(offset)
        with store._session("cannot read events") as session:
            batch = _read_events(session, query)
        yield from batch
        if len(batch) < EXPORT_BATCH:
            return
        offset += EXPORT_BATCH


def facets(store: Store, f: EventFilter, *, size: int = FACET_SIZE) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its most frequent values among the events matching ``f``, with counts."""
    conditions = _conditions(f, _dialect(store))
    only_dates = dataclasses.replace(f, since=None, until=None).is_empty()
    if not only_dates:
        return _facets_in_one_pass(store, conditions, size)
    # The whole record or a date range: each count is read from a covering index on its own.
    result: dict[str, list[tuple[str, int]]] = {}
    with store._session("cannot count facets") as session:
        for name in FACETS:
            query: Select[Any, Any]
            if name == "source":
                # Count per document first (from the events' own index), then add up per outlet.
                per_doc = (
                    select(EventRow.doc_id, func.count().label("n"))
                    .where(*conditions)
                    .group_by(EventRow.doc_id)
                    .subquery()
                )
                total = func.sum(per_doc.c.n).label("total")
                query = (
                    select(DocumentRow.source, total)
                    .join(per_doc, per_doc.c.doc_id == DocumentRow.id)
                    .where(DocumentRow.source.is_not(None))
                    .group_by(DocumentRow.source)
                    .order_by(total.desc(), DocumentRow.source)
                    .limit(size)
                )
            else:
                column: Any = getattr(EventRow, name)
                count = func.count().label("n")
                query = (
                    select(column, count)
                    .where(*conditions, column.is_not(None))
                    .group_by(column)
                    .order_by(count.desc(), column)
                    .limit(size)
                )
            result[name] = [(str(value), int(n)) for value, n in session.execute(query)]
    return result


def _facets_in_one_pass(
    store: Store, conditions: list[ColumnElement[bool]], size: int
) -> dict[str, list[tuple[str, int]]]:
    """Facets of a filtered set read once: the matching events' facet columns are kept in a
    temporary table (a CTE used six times), and each facet is counted from it."""
    matching = (
        select(
            EventRow.event_type,
            EventRow.sub_event_type,
            EventRow.admin1,
            EventRow.actor1,
            EventRow.review_status,
            EventRow.doc_id,
        )
        .where(*conditions)
        .cte("matching")
    )
    parts: list[Any] = []
    for name in FACETS:
        if name == "source":
            per_doc = (
                select(matching.c.doc_id, func.count().label("n")).group_by(matching.c.doc_id).subquery()
            )
            parts.append(
                select(literal_column("'source'"), DocumentRow.source, func.sum(per_doc.c.n))
                .join(per_doc, per_doc.c.doc_id == DocumentRow.id)
                .group_by(DocumentRow.source)
            )
        else:
            column = matching.c[name]
            parts.append(select(literal_column(f"'{name}'"), column, func.count()).group_by(column))
    counted: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    with store._session("cannot count facets") as session:
        for name, value, n in session.execute(union_all(*parts)):
            if value is not None:
                counted[str(name)].append((str(value), int(n)))
    return {name: sorted(values, key=lambda v: (-v[1], v[0]))[:size] for name, values in counted.items()}


def day_counts(store: Store, f: EventFilter) -> list[DayCount]:
    """Events and fatalities per day and event type, for the timeline (dated events only)."""
    query = (
        select(
            EventRow.date, EventRow.event_type, func.count(), func.coalesce(func.sum(EventRow.fatalities), 0)
        )
        .where(*_conditions(f, _dialect(store)), EventRow.date.is_not(None))
        .group_by(EventRow.date, EventRow.event_type)
        .order_by(EventRow.date, EventRow.event_type)
    )
    with store._session("cannot count events") as session:
        return [
            DayCount(date=day, event_type=kind, events=int(n), fatalities=int(dead))
            for day, kind, n, dead in session.execute(query)
            if day is not None
        ]


def map_summary(
    store: Store, f: EventFilter, *, limit: int
) -> tuple[list[MapPoint], int, dict[str, tuple[int, int]]]:
    """What the map shows, in one transaction: up to ``limit`` located events (the most recent
    first), how many located events match, and admin1 -> (events, fatalities) read in one pass."""
    dialect = _dialect(store)
    conditions = _conditions(f, dialect)
    located = and_(EventRow.latitude.is_not(None), EventRow.longitude.is_not(None))
    first = _first_of_one_actor(f, dialect, [located], True, limit)
    points_where = [*conditions, located] if first is None else [EventRow.event_id.in_(first)]
    points_query = (
        select(
            EventRow.event_id,
            EventRow.latitude,
            EventRow.longitude,
            EventRow.event_type,
            EventRow.sub_event_type,
            EventRow.date,
            EventRow.location,
            EventRow.fatalities,
        )
        .where(*points_where)
        .order_by(EventRow.date.desc().nulls_last(), EventRow.event_id.desc())
        .limit(limit)
    )
    counts_query = (
        select(
            EventRow.admin1,
            func.count(),
            func.coalesce(func.sum(EventRow.fatalities), 0),
            func.coalesce(func.sum(case((located, 1), else_=0)), 0),
        )
        .where(*conditions)
        .group_by(EventRow.admin1)
    )
    total = 0
    governorates: dict[str, tuple[int, int]] = {}
    with store._session("cannot read events") as session:
        # Core rows, not ORM results: thousands of points, read as they are.
        connection = session.connection()
        points = [MapPoint(*row) for row in connection.execute(points_query)]  # type: ignore[arg-type]  # located rows only
        for name, n, dead, with_place in connection.execute(counts_query):
            total += int(with_place)
            if name is not None:
                governorates[str(name)] = (int(n), int(dead))
    return points, total, governorates


def events_on_day(
    store: Store, month: int, day: int, *, before_year: int | None = None, limit: int = 100
) -> list[Event]:
    """Events dated to the day (not only the month) ``month``/``day`` of any year before ``before_year``."""
    conditions: list[ColumnElement[bool]] = [
        EventRow.date.is_not(None),
        EventRow.date_precision == "day",
        func.extract("month", EventRow.date) == month,
        func.extract("day", EventRow.date) == day,
        EventRow.review_status != "rejected",
    ]
    if before_year is not None:
        conditions.append(func.extract("year", EventRow.date) < before_year)
    query = (
        select(EventRow)
        .options(selectinload(EventRow.evidence))
        .where(*conditions)
        .order_by(EventRow.date.desc(), EventRow.event_id)
        .limit(limit)
    )
    with store._session("cannot read events") as session:
        return [cv.event_from_row(row) for row in session.scalars(query)]


def documents_by_id(store: Store, doc_ids: Sequence[str]) -> dict[str, DocumentRowView]:
    """Title, outlet, URL, publication time and text of the documents named, in one query."""
    if not doc_ids:
        return {}
    query = select(
        DocumentRow.id,
        DocumentRow.title,
        DocumentRow.source,
        DocumentRow.url,
        DocumentRow.published,
        DocumentRow.text,
    ).where(DocumentRow.id.in_(sorted(set(doc_ids))))
    with store._session("cannot read documents") as session:
        return {row[0]: DocumentRowView(*row) for row in session.execute(query)}


@dataclass(frozen=True)
class DocumentRowView:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.datetime | None
    text: str


# ---------------------------------------------------------------- merge and split


def _audit(
    session: Session, event_id: str, user: str, at: dt.datetime, field: str, old: object, new: object
) -> None:
    session.add(
        AuditRow(event_id=event_id, user=user, at=at, field=field, old=cv.as_text(old), new=cv.as_text(new))
    )


def _set_evidence(session: Session, row: EventRow, evidence: Sequence[Evidence]) -> None:
    row.evidence.clear()
    session.flush()
    row.evidence.extend(
        EvidenceRow(position=i, doc_id=e.doc_id, start_char=e.start, end_char=e.end, text=e.text)
        for i, e in enumerate(evidence)
    )


def merge_events(store: Store, keep_id: str, other_ids: Sequence[str], *, user: str) -> Event:
    """Fold the events ``other_ids`` into ``keep_id``: their evidence and sources join the kept event,
    which becomes ``edited``; each other event is marked ``rejected`` with a note naming the kept one.
    Every change is in the audit log. Raises KeyError for a missing event, ValueError for a bad request.
    """
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise ValueError("name at least one other event to merge into this one")
    at = dt.datetime.now(dt.UTC)
    with store._session(f"cannot merge events into {keep_id}", write=True) as session:
        keep = session.get(EventRow, keep_id, options=[selectinload(EventRow.evidence)])
        if keep is None:
            raise KeyError(keep_id)
        rows = []
        for other_id in others:
            row = session.get(EventRow, other_id, options=[selectinload(EventRow.evidence)])
            if row is None:
                raise KeyError(other_id)
            rows.append(row)
        kept = cv.event_from_row(keep)
        evidence = list(kept.evidence)
        sources = list(kept.sources)
        for row in rows:
            other = cv.event_from_row(row)
            evidence.extend(e for e in other.evidence if e not in evidence)
            sources.extend(s for s in other.sources if s not in sources)
            note = f"merged into {keep_id}"
            _audit(session, other.event_id, user, at, "review_status", other.review_status, "rejected")
            _audit(session, other.event_id, user, at, "notes", other.notes, note)
            row.review_status = "rejected"
            row.notes = note
        _audit(
            session,
            keep_id,
            user,
            at,
            "evidence",
            [e.text for e in kept.evidence],
            [e.text for e in evidence],
        )
        _audit(session, keep_id, user, at, "merged", None, others)
        if sources != list(kept.sources):
            _audit(session, keep_id, user, at, "sources", kept.sources, sources)
            keep.sources = sources
        if kept.review_status != "edited":
            _audit(session, keep_id, user, at, "review_status", kept.review_status, "edited")
        keep.review_status = "edited"
        _set_evidence(session, keep, evidence)
        session.flush()
        return cv.event_from_row(keep)


def split_event(store: Store, event_id: str, positions: Sequence[int], *, user: str) -> Event:
    """Move the evidence at ``positions`` of an event to a new event with the same coding.

    Both events become ``edited`` and an analyst can then correct each. Returns the new event.
    Raises KeyError for a missing event and ValueError when the positions would leave either event
    without evidence or name evidence the event does not have.
    """
    at = dt.datetime.now(dt.UTC)
    with store._session(f"cannot split event {event_id}", write=True) as session:
        row = session.get(EventRow, event_id, options=[selectinload(EventRow.evidence)])
        if row is None:
            raise KeyError(event_id)
        old = cv.event_from_row(row)
        chosen = sorted(set(positions))
        if not chosen or any(p < 0 or p >= len(old.evidence) for p in chosen):
            raise ValueError("choose evidence sentences of this event to move to the new event")
        if len(chosen) == len(old.evidence):
            raise ValueError("leave at least one evidence sentence with the original event")
        moved = [e for i, e in enumerate(old.evidence) if i in chosen]
        kept = [e for i, e in enumerate(old.evidence) if i not in chosen]
        number = 1
        while session.get(EventRow, f"{event_id}-s{number}") is not None:
            number += 1
        new_id = f"{event_id}-s{number}"
        new = dataclasses.replace(
            old,
            event_id=new_id,
            evidence=tuple(moved),
            review_status="edited",
            notes=f"split from {event_id}",
        )
        new_row = EventRow(**cv.event_values(new))
        new_row.evidence.extend(cv.evidence_rows(new))
        session.add(new_row)
        _audit(
            session, event_id, user, at, "evidence", [e.text for e in old.evidence], [e.text for e in kept]
        )
        _audit(session, event_id, user, at, "split", None, [new_id])
        _audit(session, new_id, user, at, "split_from", None, event_id)
        if old.review_status != "edited":
            _audit(session, event_id, user, at, "review_status", old.review_status, "edited")
        row.review_status = "edited"
        _set_evidence(session, row, kept)
        session.flush()
        return new


# ---------------------------------------------------------------- accounts


def get_user(store: Store, name: str) -> User | None:
    with store._session("cannot read users") as session:
        row = session.get(UserRow, name)
        return None if row is None else User(name=row.name, role=row.role, password_hash=row.password_hash)


def list_users(store: Store) -> list[User]:
    with store._session("cannot read users") as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.name))
        return [User(name=r.name, role=r.role, password_hash=r.password_hash) for r in rows]


def put_user(store: Store, name: str, role: str, password_hash: str) -> None:
    """Create the account ``name`` or replace its role and password hash."""
    with store._session(f"cannot save user {name}", write=True) as session:
        row = session.get(UserRow, name)
        if row is None:
            session.add(UserRow(name=name, role=role, password_hash=password_hash))
        else:
            row.role = role
            row.password_hash = password_hash


@dataclass(frozen=True)
class ActorEventRow:
    """The few columns of an event that an actor's dyads are computed from."""

    event_id: str
    date: dt.date | None
    event_type: str
    sub_event_type: str
    plover_type: str
    actor1: str | None
    actor1_id: str | None
    actor2: str | None
    actor2_id: str | None


def actor_event_rows(store: Store, actor_id: str) -> list[ActorEventRow]:
    """Every event (not rejected) with ``actor_id`` as actor1 or actor2, oldest first."""
    query = (
        select(
            EventRow.event_id,
            EventRow.date,
            EventRow.event_type,
            EventRow.sub_event_type,
            EventRow.plover_type,
            EventRow.actor1,
            EventRow.actor1_id,
            EventRow.actor2,
            EventRow.actor2_id,
        )
        .where(or_(EventRow.actor1_id == actor_id, EventRow.actor2_id == actor_id))
        .where(EventRow.review_status != "rejected")
        .order_by(EventRow.date.asc().nulls_last(), EventRow.event_id)
    )
    with store._session(f"cannot read the events of {actor_id}") as session:
        return [ActorEventRow(*row) for row in session.execute(query)]


def actor_events(store: Store, actor_id: str, *, limit: int) -> tuple[list[Event], int]:
    """The most recent events with ``actor_id`` as actor1 or actor2, and how many there are in all."""
    where = or_(EventRow.actor1_id == actor_id, EventRow.actor2_id == actor_id)
    query = (
        select(EventRow)
        .options(selectinload(EventRow.evidence))
        .where(where)
        .order_by(EventRow.date.desc().nulls_last(), EventRow.event_id.desc())
        .limit(limit)
    )
    with store._session(f"cannot read the events of {actor_id}") as session:
        total = session.scalar(select(func.count()).select_from(EventRow).where(where)) or 0
        return [cv.event_from_row(row) for row in session.scalars(query)], int(total)
