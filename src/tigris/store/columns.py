"""The event record's filter and sort columns held in memory, for the workbench's busiest requests.

A filtered listing, its facets and the map all begin with the same question, which events match,
and then count, rank or sort them. SQLite answers it row by row, through an index at best; with
the filter columns held as arrays (one integer code per distinct value), numpy answers it for
100,000 events in a fraction of a millisecond. :class:`EventColumns` is such a snapshot, read in
one transaction and kept under the data version it was read at (migration 0003's counter, bumped
by triggers on every write), and :class:`LiveColumns` hands it out only while that version is
still the database's.

It holds columns for the filters on dates, event type and sub-type, governorate, actor ids,
source and review status. A text filter (``place``, ``q``, a piece of an actor's name) or a
document id is asked of the database (``text_part``), which returns the rowids it found, and the
rest is answered here. Its answers are those of the SQL functions
in :mod:`tigris.store.queries`, orders included: text sorts in SQLite's byte order (the order of
Python's ``str``), rows without a value last, ties by event id in the sort's direction. The tests
compare the two on random filters.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from ._engine import sqlite_file
from .models import DocumentRow, EventRow
from .queries import FACET_SIZE, FACETS, SORTABLE, VERSION_QUERY, EventFilter, MapPoint
from .store import Store

log = logging.getLogger(__name__)

# Text columns kept as codes: 0 is "no value", then 1, 2, … for the distinct values in sorted order,
# so comparing codes is comparing the values.
CODED: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "location",
    "admin1",
    "actor1",
    "actor2",
    "review_status",
    "source",
)
NO_DATE = -1
READER_THREAD = "tigris-event-columns"
# Spacing of reads (see LiveColumns): seconds, and times the last read's duration.
READ_GAP_S = 2.0
READ_GAP_FACTOR = 5.0
READ_RETRY_S = 30.0
Mask = NDArray[np.bool_]


class EventColumns:
    """One snapshot of the events' filter and sort columns, read at data version ``version``."""

    def __init__(self, version: int, rows: Sequence[Sequence[Any]]) -> None:
        """``rows``: (rowid, event_id, date, latitude, longitude, fatalities, confidence, actor1_id,
        actor2_id, then the CODED columns in order) per event, in rowid order."""
        self.version = version
        self.size = len(rows)
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True)) if rows else [()] * (9 + len(CODED))
        rowids, event_ids, dates, lats, lons, fatalities, confidence, actor1_ids, actor2_ids = columns[:9]
        self._rowids = np.array(rowids, dtype=np.int64)
        self.event_ids: list[str] = list(event_ids)
        # Rank of each event id among all of them: the tie-break of every sort.
        ranked = sorted(range(self.size), key=self.event_ids.__getitem__)
        self._id_rank = np.empty(self.size, dtype=np.int64)
        self._id_rank[ranked] = np.arange(self.size, dtype=np.int64)
        self._dates = np.array([NO_DATE if d is None else d.toordinal() for d in dates], dtype=np.int64)
        # None becomes NaN in a float array.
        self._lat = np.array(lats, dtype=np.float64)
        self._lon = np.array(lons, dtype=np.float64)
        self._located: Mask = ~(np.isnan(self._lat) | np.isnan(self._lon))
        self._fatalities = np.array([v or 0 for v in fatalities], dtype=np.int64)
        self._confidence = np.array([v or 0.0 for v in confidence], dtype=np.float64)
        # actor1_id and actor2_id share one vocabulary: a filter on an id looks in both.
        self._actor_vocab, (self._actor1_ids, self._actor2_ids) = _codes(actor1_ids, actor2_ids)
        self._vocab: dict[str, list[str]] = {}
        self._codes: dict[str, NDArray[np.int64]] = {}
        for name, values in zip(CODED, columns[9:], strict=True):
            self._vocab[name], (self._codes[name],) = _codes(values)
        self._orders: dict[tuple[str, bool], NDArray[np.int32]] = {}
        self._lock = threading.Lock()

    @classmethod
    def read(cls, store: Store) -> EventColumns:
        """The store's events as they are now, with the data version of that same moment."""
        rowid: ColumnElement[Any] = literal_column("events.rowid")
        query = (
            select(
                rowid,
                EventRow.event_id,
                EventRow.date,
                EventRow.latitude,
                EventRow.longitude,
                EventRow.fatalities,
                EventRow.confidence,
                EventRow.actor1_id,
                EventRow.actor2_id,
                *(getattr(EventRow, name) for name in CODED if name != "source"),
                DocumentRow.source,
            )
            .outerjoin(DocumentRow, DocumentRow.id == EventRow.doc_id)
            .order_by(rowid)
        )
        # One read transaction: the rows are exactly those of the version read with them.
        with store._session("cannot read the event columns") as session:
            version = session.scalar(VERSION_QUERY)
            rows = session.connection().execute(query).all()
        if version is None:
            raise ValueError("the database keeps no data version")
        return cls(int(version), rows)

    # ------------------------------------------------------------ filters

    @staticmethod
    def text_part(f: EventFilter) -> EventFilter | None:
        """The part of ``f`` these columns cannot answer, to be asked of the database: the text
        filters (a place, ``q``, a piece of an actor's name) and a document id. None when there is none."""
        actor = f.actor if f.actor and not f.actor_ids else None
        if not (actor or f.place or f.q or f.doc_id):
            return None
        return EventFilter(actor=actor, place=f.place, q=f.q, doc_id=f.doc_id)

    def found(self, rowids: Sequence[int]) -> Mask:
        """The events with these rowids (those the database found for a filter's ``text_part``)."""
        found: Mask = np.zeros(self.size, dtype=np.bool_)
        wanted = np.asarray(rowids, dtype=np.int64)
        at = np.searchsorted(self._rowids, wanted)
        inside = at < self.size
        at, wanted = at[inside], wanted[inside]
        found[at[self._rowids[at] == wanted]] = True
        return found

    def mask(self, f: EventFilter, text_found: Mask | None = None) -> Mask:
        """Which events match ``f``. Where ``f`` has a ``text_part``, ``text_found`` marks the events
        the database found for it (``found``)."""
        mask: Mask = np.ones(self.size, dtype=np.bool_)
        if self.text_part(f) is not None:
            if text_found is None:
                raise ValueError("this filter searches text: give the events the database found for it")
            mask &= text_found
        if f.since is not None:
            mask &= self._dates >= f.since.toordinal()
        if f.until is not None:
            mask &= (self._dates <= f.until.toordinal()) & (self._dates != NO_DATE)
        for name in ("event_type", "sub_event_type", "admin1", "review_status", "source"):
            value = getattr(f, name)
            if value:
                mask &= self._codes[name] == self._code(name, value)
        if f.actor_ids:
            wanted_ids = [self._actor_code(a) for a in f.actor_ids]
            if len(wanted_ids) == 1:
                mask &= (self._actor1_ids == wanted_ids[0]) | (self._actor2_ids == wanted_ids[0])
            else:
                mask &= np.isin(self._actor1_ids, wanted_ids) | np.isin(self._actor2_ids, wanted_ids)
        return mask

    def _code(self, name: str, value: str) -> int:
        """The code of ``value`` in column ``name``; -1 (matching nothing) when no event has it."""
        return _find(self._vocab[name], value)

    def _actor_code(self, actor_id: str) -> int:
        return _find(self._actor_vocab, actor_id)

    # ------------------------------------------------------------ answers

    def count(self, mask: Mask) -> int:
        return int(np.count_nonzero(mask))

    def page(self, mask: Mask, *, sort: str, descending: bool, limit: int, offset: int) -> list[str]:
        """Event ids of one page of the matching events, in the listing's order."""
        order = self.order(sort, descending)
        chosen = order[mask[order]][offset : offset + limit]
        return [self.event_ids[i] for i in chosen.tolist()]

    def facets(self, mask: Mask, *, size: int = FACET_SIZE) -> dict[str, list[tuple[str, int]]]:
        """For each facet, its ``size`` most frequent values among the matching events (ties by value)."""
        result: dict[str, list[tuple[str, int]]] = {}
        rows = np.flatnonzero(mask)
        for name in FACETS:
            vocab = self._vocab[name]
            counts = np.bincount(self._codes[name].take(rows), minlength=len(vocab) + 1)
            counts[0] = 0
            present = np.flatnonzero(counts)
            top = present[np.argsort(-counts[present], kind="stable")][:size]
            result[name] = [(vocab[c - 1], int(counts[c])) for c in top.tolist()]
        return result

    def map_summary(
        self, mask: Mask, *, limit: int
    ) -> tuple[list[MapPoint], int, dict[str, tuple[int, int]]]:
        """What ``queries.map_summary`` returns: the most recent ``limit`` located events, how many
        located events match, and governorate -> (events, fatalities) of all matching events."""
        located = mask & self._located
        order = self.order("date", True)
        chosen = order[located[order]][:limit]
        types, sub_types, places = (self._vocab[n] for n in ("event_type", "sub_event_type", "location"))
        columns = zip(
            chosen.tolist(),
            self._lat[chosen].tolist(),
            self._lon[chosen].tolist(),
            self._codes["event_type"][chosen].tolist(),
            self._codes["sub_event_type"][chosen].tolist(),
            self._dates[chosen].tolist(),
            self._codes["location"][chosen].tolist(),
            self._fatalities[chosen].tolist(),
            strict=True,
        )
        points = [
            MapPoint(
                self.event_ids[i],
                lat,
                lon,
                types[kind - 1],
                sub_types[sub - 1],
                None if day == NO_DATE else dt.date.fromordinal(day),
                places[place - 1] if place else None,
                dead,
            )
            for i, lat, lon, kind, sub, day, place, dead in columns
        ]
        vocab = self._vocab["admin1"]
        codes = self._codes["admin1"][mask]
        events = np.bincount(codes, minlength=len(vocab) + 1)
        dead = np.bincount(codes, weights=self._fatalities[mask], minlength=len(vocab) + 1)
        governorates = {
            vocab[c - 1]: (int(events[c]), int(dead[c])) for c in np.flatnonzero(events).tolist() if c
        }
        return points, int(np.count_nonzero(located)), governorates

    def order(self, sort: str, descending: bool) -> NDArray[np.int32]:
        """Positions of all events in the order of ``ORDER BY sort [DESC] NULLS LAST, event_id [DESC]``
        (computed on first use, then kept)."""
        if sort not in SORTABLE:
            raise ValueError(f"unknown sort column {sort!r}; choose one of: {', '.join(SORTABLE)}")
        key = (sort, descending)
        found = self._orders.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._orders.get(key)
            if found is None:
                found = self._orders[key] = self._sorted(sort, descending)
        return found

    def _sorted(self, sort: str, descending: bool) -> NDArray[np.int32]:
        sign = -1 if descending else 1
        tie = sign * self._id_rank
        if sort == "event_id":
            return np.argsort(tie, kind="stable").astype(np.int32)
        value: NDArray[Any]
        if sort == "date":
            value, missing = self._dates, self._dates == NO_DATE
        elif sort == "fatalities":
            value, missing = self._fatalities, np.zeros(self.size, dtype=np.bool_)
        elif sort == "confidence":
            value, missing = self._confidence, np.zeros(self.size, dtype=np.bool_)
        else:
            value = self._codes[sort]
            missing = value == 0
        # np.lexsort sorts by the last key first: missing values last, then the value, then the id.
        # Kept as int32 (half the memory of the default): one order of 1,000,000 events is 4 MB.
        return np.lexsort((tie, sign * value, missing)).astype(np.int32)


def _codes(*columns: Sequence[str | None]) -> tuple[list[str], tuple[NDArray[np.int64], ...]]:
    """The sorted distinct values of ``columns`` together, and each column as codes (0 = no value)."""
    # Numbered in the order first seen (one dictionary lookup a value), then renumbered in sorted order.
    seen: dict[str | None, int] = {None: 0}
    first = [np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64) for values in columns]
    vocab = sorted(v for v in seen if v is not None)
    rank = np.zeros(len(seen), dtype=np.int64)
    rank[[seen[v] for v in vocab]] = np.arange(1, len(vocab) + 1, dtype=np.int64)
    return vocab, tuple(rank[codes] for codes in first)


def _sqlite_file(store: Store) -> bool:
    url = store._engine.url
    return url.get_backend_name() == "sqlite" and sqlite_file(url) is not None


def _find(vocab: list[str], value: str) -> int:
    i = bisect.bisect_left(vocab, value)
    return i + 1 if i < len(vocab) and vocab[i] == value else -1


class LiveColumns:
    """The :class:`EventColumns` of a store at its current data version, or None while there is none.

    When the data changes (a new document, an analyst's edit), the old snapshot is no longer handed
    out: callers fall back to SQL while a new one is read, in a background thread by default, so no
    request waits for the read. With ``background=False`` the caller reads it itself.

    A read costs about a second of CPU per 100,000 events, so reads are spaced out: the next one
    starts at least ``min_gap_s``, and at least ``gap_factor`` times the last read's duration,
    after the last one began. While documents are being ingested the version changes every
    moment; listings then mostly use SQL, and the reads take a bounded share of the CPU. A read
    that fails (the database busy, say) is logged and tried again after ``retry_s``. A request
    that read an older version than the snapshot held (a write came in between) is left to SQL.
    Safe to share between the threads of one process.
    """

    def __init__(
        self,
        *,
        background: bool = True,
        min_gap_s: float = READ_GAP_S,
        gap_factor: float = READ_GAP_FACTOR,
        retry_s: float = READ_RETRY_S,
    ) -> None:
        self._background = background
        self._min_gap_s, self._gap_factor, self._retry_s = min_gap_s, gap_factor, retry_s
        self._current: EventColumns | None = None
        self._reading = False
        self._next_read = 0.0  # time.monotonic() before which no read starts
        self._lock = threading.Lock()

    def get(self, store: Store, version: int | None) -> EventColumns | None:
        """The snapshot of ``store`` at ``version`` (the data version the caller just read)."""
        current = self._current
        if current is not None and current.version == version:
            return current
        if version is None or not _sqlite_file(store):
            # Only a SQLite file: other databases may sort text by another collation than Python's,
            # and an in-memory SQLite database is a different one in each thread.
            return None
        if current is not None and version < current.version:
            return None
        with self._lock:
            if self._reading or time.monotonic() < self._next_read:
                return None
            self._reading = True
        if not self._background:
            self._read(store)
            current = self._current
            return current if current is not None and current.version == version else None
        thread = threading.Thread(target=self._read, args=(store,), name=READER_THREAD, daemon=True)
        try:
            thread.start()
        except RuntimeError:  # no thread to be had now: SQL answers, and a later request tries again
            log.exception("cannot start reading the event columns")
            with self._lock:
                self._reading = False
        return None

    def _read(self, store: Store) -> None:
        began = time.monotonic()
        pause = self._retry_s
        try:
            self._current = EventColumns.read(store)
            pause = max(self._min_gap_s, self._gap_factor * (time.monotonic() - began))
        except Exception:  # the SQL path keeps answering; the reason goes to the log
            log.exception(
                "cannot read the event columns; listings use the database, tried again in %.0f s", pause
            )
        finally:
            with self._lock:
                self._reading = False
                self._next_read = began + pause
