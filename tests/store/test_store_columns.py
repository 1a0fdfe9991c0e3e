"""The in-memory event columns give the same answers as the SQL queries they stand in for.

A record of a few hundred events with every awkward value (no date, no place, no governorate, no
source, ties, accented and Arabic names, one event on many pages) is filtered at random; each
count, page, facet list and map is compared with what ``tigris.store.queries`` reads from SQLite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tigris.errors import StoreError
from tigris.store import Store, open_store
from tigris.store import queries as sq
from tigris.store.columns import READER_THREAD, EventColumns, LiveColumns
from tigris.types import Document, Event, Evidence, Section

TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Protests", "Peaceful protest"),
    ("Protests", "Excessive force against protesters"),
    ("Violence against civilians", "Attack"),
)
GOVERNORATES = ("Baghdad", "Basra", "Nineveh", "Kirkuk", "Dhi Qar", "Erbil", None)
PLACES = ("Baghdad", "Basra", "Mosul", "Kirkuk", "Nasiriyah", "Erbil", "Ḥadītha", "Zubayr", None)
ACTORS = (
    ("Military Forces of Iraq", "military-iraq"),
    ("Islamic State", "islamic-state"),
    ("Protesters (Iraq)", "protesters-iraq"),
    ("Kata'ib Ḥizballāh", "kataib-hezbollah"),
    ("الحشد الشعبي", "pmf"),
    ("Unidentified Armed Group (Iraq)", None),
    (None, None),
)
SOURCES = ("Tigris Wire", "Rafidain Monitor", "Euphrates Risk Desk", None)
STATUSES = ("auto", "auto", "auto", "confirmed", "edited", "rejected")
WORDS = ("checkpoint", "roadside bomb", "tear gas", "drone", "sit-in")


Builders = tuple[Callable[..., Document], Callable[..., Event]]


def _record(builders: Builders, seed: int, documents: int = 40) -> list[tuple[Document, list[Event]]]:
    build_document, build_event = builders
    rng = random.Random(seed)
    template = build_event()
    saved = []
    for d in range(documents):
        doc_id = f"doc-{d:03d}"
        sentences = [
            f"Report {d}-{i}: a {rng.choice(WORDS)} near {rng.choice(PLACES) or 'the town'}."
            for i in range(12)
        ]
        text = " ".join(sentences)
        doc = dataclasses.replace(
            build_document(),
            id=doc_id,
            content_hash=f"{d:064x}",
            text=text,
            origin=f"reports/{doc_id}.txt",
            source=rng.choice(SOURCES),
            sections=(Section(kind="body", start=0, end=len(text), label=""),),
            comments=(),
            history=(),
            citations=(),
        )
        events = []
        cursor = 0
        for i, sentence in enumerate(sentences):
            start = text.index(sentence, cursor)
            cursor = start + len(sentence)
            kind, sub = rng.choice(TYPES)
            actor1, actor1_id = rng.choice(ACTORS)
            actor2, actor2_id = rng.choice(ACTORS)
            place = rng.choice(PLACES)
            located = place is not None and rng.random() < 0.8
            day = (
                None
                if rng.random() < 0.08
                else dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
            )
            events.append(
                dataclasses.replace(
                    template,
                    event_id=f"ev-{d:03d}-{i:02d}",
                    doc_id=doc_id,
                    event_type=kind,
                    sub_event_type=sub,
                    date=day,
                    location=place,
                    admin1=rng.choice(GOVERNORATES),
                    latitude=30 + rng.random() * 7 if located else None,
                    longitude=40 + rng.random() * 6 if located else None,
                    actor1=actor1,
                    actor1_id=actor1_id,
                    actor2=actor2,
                    actor2_id=actor2_id,
                    # Few distinct values: ties are frequent, so the tie-break is tested.
                    fatalities=rng.choice((0, 0, 0, 1, 2, 5, 30)),
                    confidence=rng.choice((0.5, 0.7, 0.9)),
                    review_status=rng.choice(STATUSES),
                    evidence=(Evidence(doc_id=doc_id, start=start, end=cursor, text=sentence),),
                )
            )
        saved.append((doc, events))
    return saved


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory, builders: Builders) -> Store:
    path: Path = tmp_path_factory.mktemp("columns") / "record.db"
    store = open_store(f"sqlite:///{path}")
    for doc, events in _record(builders, seed=3):
        store.save(doc, events)
    return store


def _random_filter(rng: random.Random) -> sq.EventFilter:
    f: dict[str, object] = {}
    if rng.random() < 0.5:
        first = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
        f["since"] = first
        if rng.random() < 0.7:
            f["until"] = first + dt.timedelta(days=rng.randrange(0, 300))
    elif rng.random() < 0.2:
        f["until"] = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    if rng.random() < 0.3:
        f["event_type"] = rng.choice([t for t, _ in TYPES] + ["Riots"])
    if rng.random() < 0.2:
        f["sub_event_type"] = rng.choice([s for _, s in TYPES])
    if rng.random() < 0.3:
        f["admin1"] = rng.choice([g for g in GOVERNORATES if g] + ["Halabja"])
    if rng.random() < 0.25:
        ids = [i for _, i in ACTORS if i]
        f["actor_ids"] = tuple(rng.sample(ids, rng.choice((1, 1, 2))))
        f["actor"] = "typed name"  # kept for links; the ids decide
    elif rng.random() < 0.1:
        f["actor"] = rng.choice(("Islamic", "ḥizb", "protesters", "nobody at all"))
    if rng.random() < 0.15:
        f["source"] = rng.choice([s for s in SOURCES if s] + ["No Such Outlet"])
    if rng.random() < 0.15:
        f["review_status"] = rng.choice(("auto", "confirmed", "edited", "rejected"))
    if rng.random() < 0.1:
        f["place"] = rng.choice(("bas", "Mosul", "ḥadī", "Dhi"))
    if rng.random() < 0.1:
        f["q"] = rng.choice(WORDS + ("Report 7-", "no such words"))
    if rng.random() < 0.05:
        f["doc_id"] = f"doc-{rng.randrange(40):03d}"
    return sq.EventFilter(**f)  # type: ignore[arg-type]


def _mask(columns: EventColumns, store: Store, f: sq.EventFilter) -> object:
    text = columns.text_part(f)
    return columns.mask(f, None if text is None else columns.found(sq.event_rowids(store, text)))


def test_counts_pages_facets_and_maps_match_sql_on_random_filters(record: Store) -> None:
    columns = EventColumns.read(record)
    assert columns.size == 40 * 12
    rng = random.Random(17)
    for _ in range(150):
        f = _random_filter(rng)
        mask = _mask(columns, record, f)
        assert columns.count(mask) == sq.count_events(record, f), f  # type: ignore[arg-type]
        assert columns.facets(mask) == sq.facets(record, f), f  # type: ignore[arg-type]
        assert columns.map_summary(mask, limit=25) == sq.map_summary(record, f, limit=25), f  # type: ignore[arg-type]
        sort, descending = rng.choice(sq.SORTABLE), rng.random() < 0.5
        limit, offset = rng.choice((5, 20, 50)), rng.choice((0, 0, 3, 20, 400))
        page = columns.page(mask, sort=sort, descending=descending, limit=limit, offset=offset)  # type: ignore[arg-type]
        expected = sq.list_events(record, f, sort=sort, descending=descending, limit=limit, offset=offset)
        assert page == [e.event_id for e in expected], (f, sort, descending, offset)


@pytest.mark.parametrize("sort", sq.SORTABLE)
@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_orders_the_whole_record_as_sql_does(record: Store, sort: str, descending: bool) -> None:
    columns = EventColumns.read(record)
    everything = columns.mask(sq.EventFilter())
    page = columns.page(everything, sort=sort, descending=descending, limit=1000, offset=0)
    expected = sq.list_events(record, sq.EventFilter(), sort=sort, descending=descending, limit=1000)
    assert page == [e.event_id for e in expected]


def test_events_by_id_reads_the_listed_events_in_the_order_given(record: Store) -> None:
    ids = ["ev-003-04", "ev-000-00", "ev-no-such-event", "ev-039-11"]
    events = sq.events_by_id(record, ids)
    assert [e.event_id for e in events] == ["ev-003-04", "ev-000-00", "ev-039-11"]
    assert (
        events[0]
        == sq.list_events(record, sq.EventFilter(doc_id="doc-003"), sort="event_id", descending=False)[4]
    )


def test_a_value_no_event_has_matches_nothing(record: Store) -> None:
    columns = EventColumns.read(record)
    for f in (
        sq.EventFilter(admin1="Atlantis"),
        sq.EventFilter(actor_ids=("no-such-actor",)),
        sq.EventFilter(source="No Such Outlet"),
        sq.EventFilter(since=dt.date(2030, 1, 1)),
    ):
        assert columns.count(columns.mask(f)) == 0


def test_a_text_filter_needs_the_rows_the_database_found(record: Store) -> None:
    columns = EventColumns.read(record)
    with pytest.raises(ValueError, match="searches text"):
        columns.mask(sq.EventFilter(q="checkpoint"))
    # Rowids the columns do not hold (an event saved after they were read) are simply not there.
    assert not columns.found([10**9, -1]).any()


def test_live_columns_are_never_handed_out_for_an_older_version(tmp_path: Path, builders: Builders) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'live.db'}")
    doc, events = _record(builders, seed=5, documents=2)[0]
    store.save(doc, events)
    live = LiveColumns(background=False, min_gap_s=0, gap_factor=0)
    version = sq.data_version(store)
    columns = live.get(store, version)
    assert columns is not None and columns.count(
        columns.mask(sq.EventFilter(review_status="confirmed"))
    ) == sum(e.review_status == "confirmed" for e in events)
    store.edit_event(events[0].event_id, {"review_status": "confirmed"}, user="analyst")
    newer = sq.data_version(store)
    assert newer != version
    fresh = live.get(store, newer)
    assert fresh is not None and fresh is not columns and fresh.version == newer
    assert fresh.count(fresh.mask(sq.EventFilter(review_status="confirmed"))) == sq.count_events(
        store, sq.EventFilter(review_status="confirmed")
    )
    # An older version is not answered from the newer snapshot either.
    assert live.get(store, version) is None


def test_live_columns_read_in_the_background_and_answer_once_ready(
    tmp_path: Path, builders: Builders
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'bg.db'}")
    doc, events = _record(builders, seed=6, documents=1)[0]
    store.save(doc, events)
    live = LiveColumns()
    version = sq.data_version(store)
    first = live.get(store, version)  # starts the read, answers None (SQL) meanwhile
    for thread in threading.enumerate():
        if thread.name == READER_THREAD:
            thread.join(timeout=30)
    ready = live.get(store, version)
    assert first is None
    assert ready is not None and ready.size == len(events)


def test_live_columns_leave_in_memory_databases_to_sql(builders: Builders) -> None:
    store = open_store("sqlite://")
    store.save(*_record(builders, seed=7, documents=1)[0])
    assert LiveColumns(background=False).get(store, sq.data_version(store)) is None


def _edited(store: Store, event_id: str, fatalities: int) -> int:
    """The data version after an analyst's edit of the event's toll."""
    before = sq.data_version(store)
    store.edit_event(event_id, {"fatalities": fatalities}, user="analyst")
    version = sq.data_version(store)
    assert version is not None and before is not None and version > before
    return version


def _count_reads(monkeypatch: pytest.MonkeyPatch, fail: int = 0) -> list[int]:
    """Counts EventColumns.read calls from now on; the first ``fail`` of them raise."""
    reads: list[int] = []
    real = EventColumns.read

    def counted(store: Store) -> EventColumns:
        reads.append(1)
        if len(reads) <= fail:
            raise StoreError("database is locked")
        return real(store)

    monkeypatch.setattr(EventColumns, "read", counted)
    return reads


def test_a_request_that_read_an_older_version_is_left_to_sql_without_a_new_read(
    tmp_path: Path, builders: Builders, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'older.db'}")
    doc, events = _record(builders, seed=8, documents=1)[0]
    store.save(doc, events)
    live = LiveColumns(background=False, min_gap_s=0, gap_factor=0)
    older = sq.data_version(store)
    newer = _edited(store, events[0].event_id, 1000)
    assert live.get(store, newer) is not None
    reads = _count_reads(monkeypatch)
    assert live.get(store, older) is None
    assert reads == []


def test_reads_are_spaced_out_while_the_data_keeps_changing(
    tmp_path: Path, builders: Builders, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'busy.db'}")
    doc, events = _record(builders, seed=9, documents=1)[0]
    store.save(doc, events)
    live = LiveColumns(background=False, min_gap_s=3600, gap_factor=0)
    assert live.get(store, sq.data_version(store)) is not None
    reads = _count_reads(monkeypatch)
    for i, event in enumerate(events[:5]):
        # Each write makes the snapshot old; within the gap the database answers, nothing is read.
        assert live.get(store, _edited(store, event.event_id, 1000 + i)) is None
    assert reads == []


def test_a_failed_read_is_tried_again_later_not_never(
    tmp_path: Path, builders: Builders, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'retry.db'}")
    doc, events = _record(builders, seed=10, documents=1)[0]
    store.save(doc, events)
    reads = _count_reads(monkeypatch, fail=2)
    version = sq.data_version(store)
    waiting = LiveColumns(background=False, retry_s=3600)
    assert waiting.get(store, version) is None  # read 1 fails: the database answers
    assert waiting.get(store, version) is None
    assert len(reads) == 1  # not tried again before the retry delay
    retrying = LiveColumns(background=False, retry_s=0)
    assert retrying.get(store, version) is None  # read 2 fails
    assert retrying.get(store, version) is not None  # read 3, after the (zero) delay, succeeds
    assert len(reads) == 3


def test_a_thread_that_cannot_start_leaves_the_request_to_sql_and_a_later_one_reads(
    tmp_path: Path, builders: Builders, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'nothread.db'}")
    doc, events = _record(builders, seed=11, documents=1)[0]
    store.save(doc, events)
    live = LiveColumns()
    real_start = threading.Thread.start

    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    version = sq.data_version(store)
    assert live.get(store, version) is None
    monkeypatch.setattr(threading.Thread, "start", real_start)
    live.get(store, version)
    for thread in threading.enumerate():
        if thread.name == READER_THREAD:
            thread.join(timeout=30)
    assert live.get(store, version) is not None
