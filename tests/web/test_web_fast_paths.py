"""The workbench's fast paths keep their meaning: actor names resolved to ids, text search through the
full-text index (SQLite) or LIKE (PostgreSQL) finding the same pieces of text, undated events last
in every order, and cached counts, facets and maps that follow every edit."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url

from tigris.settings import Settings
from tigris.store import Store, open_store
from tigris.store import queries as sq
from tigris.store.columns import LiveColumns
from tigris.store.models import EventRow
from tigris.types import Event, Evidence
from tigris.web import app as web_app
from tigris.web import queries as wq
from tigris.web.schemas import MapData

from .conftest import _document, seed

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def ids(body: dict[str, Any]) -> set[str]:
    return {item["event_id"] for item in body["items"]}


def searched_text(event: Event) -> list[str]:
    """The fields text search looks in, as the event record holds them."""
    return (
        [e.text for e in event.evidence]
        + [event.notes, event.location or "", event.actor1 or ""]
        + [event.actor2 or ""]
    )


def expected_matches(store: Store, q: str) -> set[str]:
    """What a case-insensitive substring search over the searched fields finds: the meaning of q."""
    wanted = q.lower()
    return {e.event_id for e in store.events() if any(wanted in text.lower() for text in searched_text(e))}


def found(store: Store, q: str) -> set[str]:
    return {e.event_id for e in sq.list_events(store, sq.EventFilter(q=q), limit=500)}


def undated_event(store: Store) -> Event:
    """Save a report of an undated event; returns the event."""
    text = "Undated report\n\nGunmen attacked a checkpoint at some point last year, the report said."
    doc = _document(
        "doc-undated",
        "Undated report",
        text.split("\n\n")[1],
        source="Example Daily",
        published=dt.datetime(2021, 1, 5, 9, 0, tzinfo=dt.UTC),
    )
    sentence = text.split("\n\n")[1]
    start = doc.text.index(sentence)
    event = Event(
        event_id="ev-undated",
        doc_id=doc.id,
        event_type="Battles",
        sub_event_type="Armed clash",
        plover_type="FIGHT",
        plover_mode="",
        date=None,
        date_precision=None,
        country="Iraq",
        fatalities=99,
        evidence=(Evidence(doc_id=doc.id, start=start, end=start + len(sentence), text=sentence),),
        sources=("Example Daily",),
        extractor="rules-test",
    )
    store.save(doc, [event])
    return event


# ---------------------------------------------------------------- actors


@pytest.mark.parametrize("value", ["kataib-hezbollah", "Kataib Hezbollah", "kataib hezbollah"])
def test_an_actor_id_or_known_name_filters_on_the_actor_ids(client: TestClient, value: str) -> None:
    body = client.get("/api/events", params={"actor": value}).json()
    assert ids(body) == {"ev-agreement", "ev-clash"}
    assert body["total"] == 2


def test_a_piece_of_a_name_that_names_no_actor_still_finds_the_events(client: TestClient) -> None:
    assert ids(client.get("/api/events", params={"actor": "Hezbol"}).json()) == {"ev-agreement", "ev-clash"}
    assert ids(client.get("/api/events", params={"actor": "ez"}).json()) == {"ev-agreement", "ev-clash"}
    assert ids(client.get("/api/events", params={"actor": "Nobody at all"}).json()) == set()


def test_resolving_an_actor_keeps_the_typed_value_for_links(store: Store) -> None:
    f = sq.EventFilter(actor="Protesters (Iraq)")
    resolved = wq.resolve_actor(store, f)
    assert resolved.actor_ids == ("protesters-iraq",)
    assert resolved.actor == "Protesters (Iraq)"
    assert wq.resolve_actor(store, sq.EventFilter(actor="Hezbol")).actor_ids == ()


def test_the_events_page_links_carry_the_actor_as_typed(client: TestClient) -> None:
    page = client.get("/events", params={"actor": "Kataib Hezbollah"}).text
    assert "actor=Kataib+Hezbollah" in page
    assert "actor_ids" not in page


# ---------------------------------------------------------------- text search


@pytest.mark.parametrize(
    "q",
    ["umhuriy", "TEAR GAS", "tear gas near", "checkpoint", "ga", "Police", "against the vid", "s", "100%"],
)
def test_text_search_finds_every_piece_of_text_like_a_substring_search(store: Store, q: str) -> None:
    assert found(store, q) == expected_matches(store, q)


def test_text_search_finds_pieces_of_words_through_the_api(client: TestClient) -> None:
    assert ids(client.get("/api/events", params={"q": "umhuriy"}).json()) == {"ev-force"}
    assert ids(client.get("/api/events", params={"q": "LOCAL WRITER"}).json()) == {"ev-clash"}


def test_quotes_and_search_syntax_in_a_query_are_plain_text(client: TestClient) -> None:
    for q in ['say "hi', "tear OR gas", "NEAR(tear gas)", "tear*", "a:b", "'; DROP TABLE events; --"]:
        response = client.get("/api/events", params={"q": q})
        assert response.status_code == 200, q
        assert response.json()["total"] == 0, q


def test_search_follows_edits_merges_splits_and_reruns(store: Store) -> None:
    assert found(store, "rooftop") == set()
    store.edit_event("ev-peaceful", {"notes": "Seen from a rooftop"}, user="analyst")
    assert found(store, "rooftop") == {"ev-peaceful"}
    store.edit_event("ev-peaceful", {"notes": ""}, user="analyst")
    assert found(store, "rooftop") == set()

    store.edit_event("ev-nasiriyah", {"location": "Nasiriyah bridge"}, user="analyst")
    assert found(store, "yah bri") == {"ev-nasiriyah"}

    sq.merge_events(store, "ev-peaceful", ["ev-nasiriyah"], user="analyst")
    assert found(store, "second crowd") == {"ev-peaceful", "ev-nasiriyah"}

    new = sq.split_event(store, "ev-clash", [1], user="analyst")
    assert found(store, "local writer") == {new.event_id}
    assert "ev-clash" in found(store, "fought near")

    assert found(store, "nobody claimed") == {"ev-rockets"}
    basra = store.document("doc-basra")
    assert basra is not None
    store.save(basra, [])  # a re-run that finds no event drops the machine-coded one
    assert store.event("ev-rockets") is None
    assert found(store, "nobody claimed") == set()

    for q in ("crowd", "writer", "bridge", "Baghdad", "e"):
        assert found(store, q) == expected_matches(store, q), q


def test_place_filter_finds_pieces_of_the_location_and_admin_units(client: TestClient) -> None:
    assert ids(client.get("/api/events", params={"place": "urf al-Sak"}).json()) == {
        "ev-agreement",
        "ev-clash",
    }
    assert ids(client.get("/api/events", params={"place": "dhi q"}).json()) == {"ev-nasiriyah"}
    # Evidence that mentions a place is not the place of the event.
    assert ids(client.get("/api/events", params={"place": "Jumhuriya"}).json()) == set()


# ---------------------------------------------------------------- sorting


@pytest.mark.parametrize("sort", ["-date", "date", "-fatalities", "fatalities", "location", "-location"])
def test_undated_and_missing_values_come_last_in_either_direction(
    client: TestClient, store: Store, sort: str
) -> None:
    undated_event(store)
    items = client.get("/api/events", params={"sort": sort, "limit": 100}).json()["items"]
    column = sort.lstrip("-")
    values = [item[column] for item in items]
    present = [v for v in values if v is not None]
    assert values == present + [None] * (len(values) - len(present))
    assert present == sorted(present, reverse=sort.startswith("-"))
    if column == "date":
        assert items[-1]["event_id"] == "ev-undated"


def test_date_order_breaks_ties_by_event_id_in_the_same_direction(client: TestClient) -> None:
    newest = client.get("/api/events", params={"sort": "-date", "limit": 100}).json()["items"]
    keys = [(item["date"], item["event_id"]) for item in newest]
    assert keys == sorted(keys, reverse=True)


def test_a_date_sorted_listing_is_read_from_an_index_without_sorting(store: Store) -> None:
    for f in (sq.EventFilter(), sq.EventFilter(event_type="Battles"), sq.EventFilter(admin1="Babil")):
        query = (
            sa.select(EventRow.event_id)
            .where(*sq._conditions(f, "sqlite"))
            .order_by(*sq._order("date", True))
            .limit(50)
        )
        sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with store._engine.connect() as connection:
            plan = " ".join(row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan, (f, plan)


def test_actor_listings_put_undated_events_last(store: Store) -> None:
    event = undated_event(store)
    store.edit_event(event.event_id, {"actor1": "Kataib Hezbollah"}, user="analyst")
    with store._session("test", write=True) as session:
        row = session.get(EventRow, event.event_id)
        assert row is not None
        row.actor1_id = "kataib-hezbollah"
    events, total = sq.actor_events(store, "kataib-hezbollah", limit=10)
    assert total == 3 and events[-1].event_id == "ev-undated"
    rows = sq.actor_event_rows(store, "kataib-hezbollah")
    assert [r.event_id for r in rows] == ["ev-agreement", "ev-clash", "ev-undated"]


# ---------------------------------------------------------------- caches


def test_cached_facets_counts_and_map_follow_an_edit(client: TestClient, store: Store) -> None:
    def statuses() -> dict[str, int]:
        body = client.get("/api/events/facets").json()
        return {v["value"]: v["count"] for v in body["facets"]["review_status"]}

    assert statuses() == {"auto": 6}
    assert client.get("/api/events", params={"review_status": "confirmed"}).json()["total"] == 0
    map_before = client.get("/api/map").json()
    assert map_before["governorates"]["Babil"] == {"events": 2, "fatalities": 5}

    store.edit_event("ev-clash", {"review_status": "confirmed", "fatalities": 7}, user="analyst")

    assert statuses() == {"auto": 5, "confirmed": 1}
    assert client.get("/api/events", params={"review_status": "confirmed"}).json()["total"] == 1
    assert client.get("/api/map").json()["governorates"]["Babil"] == {"events": 2, "fatalities": 7}
    page = client.get("/events/facets").text
    assert "confirmed" in page


def test_the_data_version_changes_with_every_write(store: Store) -> None:
    first = sq.data_version(store)
    assert first is not None
    store.edit_event("ev-force", {"notes": "checked twice"}, user="analyst")
    second = sq.data_version(store)
    assert second is not None and second > first
    undated_event(store)
    third = sq.data_version(store)
    assert third is not None and third > second
    assert sq.data_version(store) == third  # reading changes nothing


def test_result_cache_keeps_only_the_most_recently_used() -> None:
    cache = wq.ResultCache(size=2)
    cache.put(("a",), 1)
    cache.put(("b",), 2)
    assert cache.get(("a",)) == 1  # "a" is now the most recent
    cache.put(("c",), 3)
    assert len(cache) == 2
    assert cache.get(("b",)) is None
    assert cache.get(("a",)) == 1 and cache.get(("c",)) == 3


def test_the_map_json_is_the_map_data_of_the_schema(client: TestClient, store: Store) -> None:
    body = client.get("/api/map", params={"event_type": "Protests"}).json()
    assert MapData.model_validate(body).model_dump(mode="json") == body
    expected = wq.map_data(store, sq.EventFilter(event_type="Protests"), limit=wq.MAP_DEFAULT_LIMIT)
    assert body == expected.model_dump(mode="json")
    assert {p["event_id"] for p in body["points"]} == {"ev-peaceful", "ev-force", "ev-nasiriyah"}
    assert body["total"] == 3


def test_facets_in_one_pass_match_the_facets_counted_one_by_one(store: Store) -> None:
    for f in (
        sq.EventFilter(event_type="Protests"),
        sq.EventFilter(actor_ids=("kataib-hezbollah",)),
        sq.EventFilter(q="the"),
    ):
        one_pass = sq.facets(store, f)
        conditions = sq._conditions(f, "sqlite")
        for name, values in one_pass.items():
            column = EventRow.admin1 if name == "admin1" else None
            if column is None:
                continue
            with store._session("test") as session:
                counted = session.execute(
                    sa.select(column, sa.func.count())
                    .where(*conditions, column.is_not(None))
                    .group_by(column)
                ).all()
            assert sorted(values) == sorted((str(v), n) for v, n in counted)
        assert sum(n for _v, n in one_pass["event_type"]) == sq.count_events(store, f)


# ---------------------------------------------------------------- serving


def test_workers_build_the_app_from_the_settings_given_to_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(database_url="sqlite:///elsewhere.db", timezone="UTC")
    environment = web_app.settings_environment(settings)
    assert Settings.from_env(environment) == settings
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    app = web_app.app_from_env()
    assert app.state.settings == settings


@pytest.mark.parametrize("workers", [1, 2])
def test_served_connections_stay_open_while_an_analyst_reads_a_page(
    monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))
    # serve() hands the settings to its workers in the environment: keep that to this test.
    monkeypatch.setattr(os, "environ", dict(os.environ))
    web_app.serve(Settings(database_url="sqlite:///elsewhere.db"), workers=workers)
    assert len(calls) == 1
    # Uvicorn's own default closes an idle connection after 5 s, under a reader's next click.
    assert calls[0]["timeout_keep_alive"] >= 60


def test_serve_needs_at_least_one_worker() -> None:
    with pytest.raises(ValueError, match="at least one worker"):
        web_app.serve(Settings(), workers=0)


def test_sqlite_connections_read_through_a_memory_map_and_a_large_page_cache(store: Store) -> None:
    with store._session("test") as session:
        mmap = session.execute(sa.text("PRAGMA mmap_size")).scalar()
        cache = session.execute(sa.text("PRAGMA cache_size")).scalar()
    assert mmap is not None and mmap >= 256 * 1024 * 1024
    # Negative: a size in KiB. SQLite's default is 2 MiB, a few hundred rows of events.
    assert cache is not None and -cache >= 32 * 1024


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture
def postgres_store() -> Iterator[Store]:
    """The seeded test record in a fresh schema of the PostgreSQL test server."""
    url = os.environ.get("TIGRIS_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    admin = sa.create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {make_url(url).render_as_string()} cannot be reached: {exc.orig}")
    schema = f"tigris_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    opened = open_store(scoped.render_as_string(hide_password=False))
    try:
        seed(opened)
        yield opened
    finally:
        opened.close()
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.mark.postgres
def test_postgres_finds_the_same_substrings_and_keeps_the_same_order(postgres_store: Store) -> None:
    store = postgres_store
    for q in ("umhuriy", "TEAR GAS", "checkpoint", "ga", "against the vid", "100%"):
        assert found(store, q) == expected_matches(store, q), q
    f = wq.resolve_actor(store, sq.EventFilter(actor="Kataib Hezbollah"))
    assert {e.event_id for e in sq.list_events(store, f)} == {"ev-agreement", "ev-clash"}
    undated_event(store)
    newest = sq.list_events(store, sq.EventFilter(), sort="date", descending=True, limit=100)
    oldest = sq.list_events(store, sq.EventFilter(), sort="date", descending=False, limit=100)
    assert newest[-1].event_id == oldest[-1].event_id == "ev-undated"
    before = sq.data_version(store)
    store.edit_event("ev-force", {"notes": "seen again from a rooftop"}, user="analyst")
    after = sq.data_version(store)
    assert before is not None and after is not None and after > before
    assert found(store, "rooftop") == {"ev-force"}
    facets = sq.facets(store, sq.EventFilter(event_type="Protests"))
    assert dict(facets["admin1"]) == {"Baghdad": 2, "Dhi Qar": 1}
    assert json.loads(wq.map_json(store, sq.EventFilter(), limit=10))["total"] == 5


def _date_order(events: list[Event], descending: bool) -> list[str]:
    dated = sorted((e for e in events if e.date is not None), key=lambda e: (e.date, e.event_id))
    if descending:
        dated.reverse()
    undated = sorted((e for e in events if e.date is None), key=lambda e: e.event_id, reverse=descending)
    return [e.event_id for e in dated + undated]


def test_pages_of_one_actor_in_date_order_are_the_pages_of_the_whole_set(store: Store) -> None:
    undated_event(store)
    with store._session("test", write=True) as session:
        # The undated event has Kataib Hezbollah as actor1, the others have it as actor2.
        row = session.get(EventRow, "ev-undated")
        assert row is not None
        row.actor1, row.actor1_id = "Kataib Hezbollah", "kataib-hezbollah"
        row.actor2, row.actor2_id = "Government of Iraq", "government-of-iraq"
    everything = store.events()
    for actor in ("kataib-hezbollah", "government-of-iraq", "protesters-iraq"):
        mine = [e for e in everything if actor in (e.actor1_id, e.actor2_id)]
        for descending in (True, False):
            expected = _date_order(mine, descending)
            pages = [
                e.event_id
                for offset in range(len(expected) + 1)
                for e in sq.list_events(
                    store, sq.EventFilter(actor_ids=(actor,)), descending=descending, limit=1, offset=offset
                )
            ]
            assert pages == expected, (actor, descending)
    points, total, _counts = sq.map_summary(store, sq.EventFilter(actor_ids=("kataib-hezbollah",)), limit=1)
    assert [p.event_id for p in points] == ["ev-clash"] and total == 1


def _held_cache() -> wq.ResultCache:
    """A cache whose event columns are read at once (not in a background thread) and at every change."""
    return wq.ResultCache(columns=LiveColumns(background=False, min_gap_s=0, gap_factor=0))


@pytest.mark.parametrize(
    "f",
    [
        sq.EventFilter(),
        sq.EventFilter(admin1="Babil"),
        sq.EventFilter(q="checkpoint"),
        sq.EventFilter(q="checkpoint", event_type="Battles"),
        sq.EventFilter(place="sakhar"),
        sq.EventFilter(actor="protesters", admin1="Baghdad"),
    ],
    ids=repr,
)
def test_pages_facets_and_maps_from_the_held_columns_are_those_of_the_database(
    store: Store, f: sq.EventFilter
) -> None:
    cache = _held_cache()
    for _ in range(2):  # the second time, a text filter's matches come from the cache
        assert wq.event_page(store, f, sort="-date", limit=3, offset=0, cache=cache) == wq.event_page(
            store, f, sort="-date", limit=3, offset=0
        )
        assert wq.event_facets(store, f, cache=cache) == wq.event_facets(store, f)
        assert wq.map_json(store, f, limit=50, cache=cache) == wq.map_json(store, f, limit=50)
    assert cache.columns is not None and cache.columns.get(store, sq.data_version(store)) is not None


def test_held_columns_follow_an_edit_at_once(store: Store) -> None:
    cache = _held_cache()
    confirmed = sq.EventFilter(review_status="confirmed")
    assert wq.event_page(store, confirmed, sort="-date", limit=10, offset=0, cache=cache).total == 0
    store.edit_event("ev-clash", {"review_status": "confirmed"}, user="analyst")
    page = wq.event_page(store, confirmed, sort="-date", limit=10, offset=0, cache=cache)
    assert [e.event_id for e in page.items] == ["ev-clash"] and page.total == 1


def test_a_page_whose_event_went_away_is_read_from_the_database(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _held_cache()
    expected = wq.event_page(store, sq.EventFilter(), sort="-date", limit=4, offset=0)
    real = sq.events_by_id

    def one_gone(s: Store, event_ids: Any) -> list[Event]:
        return real(s, event_ids)[1:]  # as if a document saved again had replaced an event

    monkeypatch.setattr(sq, "events_by_id", one_gone)
    assert wq.event_page(store, sq.EventFilter(), sort="-date", limit=4, offset=0, cache=cache) == expected
