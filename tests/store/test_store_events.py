"""Querying events, analysts' edits with their audit log, and the store summary."""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.store import AuditEntry, Store, Summary
from tigris.types import Document, Event, Rejection


@pytest.fixture
def several(store: Store, protest_doc: Document, make_event) -> list[Event]:
    events = [
        make_event(event_id="ev-c", date=dt.date(2019, 10, 25)),
        make_event(
            event_id="ev-a",
            date=dt.date(2019, 10, 25),
            sub_event_type="Peaceful protest",
            actor2=None,
            assoc_actor_1="Students (Iraq)",
            location="Nasiriyah",
            admin1="Dhi Qar",
            admin2="Nasiriyah",
        ),
        make_event(
            event_id="ev-b",
            date=dt.date(2019, 10, 1),
            event_type="Riots",
            sub_event_type="Violent demonstration",
            actor1="Rioters (Iraq)",
            actor2=None,
            location="Basra",
            admin1="Basra",
            admin2="Basra",
        ),
        make_event(
            event_id="ev-d",
            date=dt.date(2020, 1, 3),
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            actor1="Military Forces of the United States",
            actor2="Kataib Hezbollah",
            location="Baghdad International Airport",
        ),
        make_event(event_id="ev-undated", date=None, date_precision=None, actor1="100% Unknown Group"),
    ]
    store.save(protest_doc, events)
    return events


def _ids(events: list[Event]) -> list[str]:
    return [e.event_id for e in events]


def test_events_are_ordered_by_date_then_id_undated_last(store: Store, several: list[Event]) -> None:
    assert _ids(store.events()) == ["ev-b", "ev-a", "ev-c", "ev-d", "ev-undated"]
    assert all(isinstance(e, Event) for e in store.events())


def test_date_range_is_inclusive_and_skips_undated(store: Store, several: list[Event]) -> None:
    assert _ids(store.events(since=dt.date(2019, 10, 25))) == ["ev-a", "ev-c", "ev-d"]
    assert _ids(store.events(until=dt.date(2019, 10, 25))) == ["ev-b", "ev-a", "ev-c"]
    assert _ids(store.events(since=dt.date(2019, 10, 2), until=dt.date(2019, 12, 31))) == ["ev-a", "ev-c"]


def test_event_type_matches_type_or_sub_type_ignoring_case(store: Store, several: list[Event]) -> None:
    assert _ids(store.events(event_type="riots")) == ["ev-b"]
    assert _ids(store.events(event_type="PEACEFUL PROTEST")) == ["ev-a"]
    assert _ids(store.events(event_type="Protests")) == ["ev-a", "ev-c", "ev-undated"]
    assert store.events(event_type="Protest") == []


def test_actor_is_found_in_any_actor_column(store: Store, several: list[Event]) -> None:
    assert _ids(store.events(actor="students")) == ["ev-a"]
    assert _ids(store.events(actor="hezbollah")) == ["ev-d"]
    assert _ids(store.events(actor="police forces")) == ["ev-c", "ev-undated"]
    # Wildcards of SQL are taken literally.
    assert _ids(store.events(actor="100%")) == ["ev-undated"]
    assert store.events(actor="_%") == []


def test_place_is_found_in_location_or_administrative_units(store: Store, several: list[Event]) -> None:
    assert _ids(store.events(place="dhi qar")) == ["ev-a"]
    assert _ids(store.events(place="BASRA")) == ["ev-b"]
    assert _ids(store.events(place="airport")) == ["ev-d"]
    assert len(store.events(place="iraq")) == 5


def test_filters_combine_with_doc_id_and_limit(
    store: Store, several: list[Event], make_document, make_event
) -> None:
    other = make_document(id="doc-2", content_hash="9" * 64)
    store.save(other, [make_event(event_id="ev-other", doc_id="doc-2", date=dt.date(2019, 10, 25))])
    assert _ids(store.events(doc_id="doc-2")) == ["ev-other"]
    assert len(store.events(doc_id="doc-baghdad-2019-10-25")) == 5
    assert _ids(store.events(since=dt.date(2019, 10, 25), place="baghdad", limit=2)) == ["ev-c", "ev-other"]
    assert _ids(store.events(limit=1)) == ["ev-b"]


# ---------------------------------------------------------------- edits and audit


def test_edit_writes_one_audit_row_per_changed_field(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    before = dt.datetime.now(dt.UTC)
    edited = store.edit_event(
        protest_event.event_id,
        {"fatalities": "12", "location": "Baghdad", "date": "2019-10-26", "sources": ["Rights Monitor"]},
        user="analyst@desk",
    )
    assert edited.fatalities == 12
    assert edited.date == dt.date(2019, 10, 26)
    assert edited.sources == ("Rights Monitor",)
    assert edited.review_status == "edited"
    assert store.events() == [edited]

    entries = store.audit(protest_event.event_id)
    assert all(isinstance(e, AuditEntry) for e in entries)
    changed = {e.field: (e.old, e.new) for e in entries}
    # location was already Baghdad: no row for it.
    assert changed == {
        "date": ("2019-10-25", "2019-10-26"),
        "fatalities": ("8", "12"),
        "sources": ('["Example Daily", "Rights Monitor"]', '["Rights Monitor"]'),
        "review_status": ("auto", "edited"),
    }
    assert {e.user for e in entries} == {"analyst@desk"}
    for entry in entries:
        assert entry.at.tzinfo is not None
        assert (
            before - dt.timedelta(seconds=5) <= entry.at <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        )


def test_edit_can_set_the_review_status(store: Store, protest_doc: Document, protest_event: Event) -> None:
    store.save(protest_doc, [protest_event])
    confirmed = store.edit_event(protest_event.event_id, {"review_status": "confirmed"}, user="a")
    assert confirmed.review_status == "confirmed"
    assert [(e.field, e.old, e.new) for e in store.audit(protest_event.event_id)] == [
        ("review_status", "auto", "confirmed")
    ]
    rejected = store.edit_event(
        protest_event.event_id, {"review_status": "rejected", "notes": "the report was retracted"}, user="b"
    )
    assert rejected.review_status == "rejected"
    assert rejected.notes == "the report was retracted"
    assert len(store.audit(protest_event.event_id)) == 3


def test_edit_to_the_same_values_logs_nothing(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    same = store.edit_event(protest_event.event_id, {"fatalities": 8}, user="a")
    assert same == protest_event
    assert store.audit(protest_event.event_id) == []


def test_edit_with_an_unknown_field_is_refused(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    with pytest.raises(ValueError, match="unknown event field 'deaths'") as caught:
        store.edit_event(protest_event.event_id, {"fatalities": 3, "deaths": 3}, user="a")
    assert "fatalities" in str(caught.value)  # the message lists the fields that exist
    assert store.events() == [protest_event]
    assert store.audit(protest_event.event_id) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"event_id": "x"}, "cannot be edited"),
        ({"evidence": ()}, "cannot be edited"),
        ({"fatalities": "many"}, "fatalities"),
        ({"fatalities": None}, "cannot be empty"),
        ({"date": "25/10/2019"}, "date"),
        ({"review_status": "approved"}, "review_status"),
        ({"modality": "rumoured"}, "modality"),
        ({"sources": "Rights Monitor"}, "sources"),
    ],
)
def test_edit_with_a_bad_value_is_refused(
    store: Store, protest_doc: Document, protest_event: Event, changes: dict[str, object], message: str
) -> None:
    store.save(protest_doc, [protest_event])
    with pytest.raises(ValueError, match=message):
        store.edit_event(protest_event.event_id, changes, user="a")
    assert store.events() == [protest_event]


def test_edit_can_clear_an_optional_field(store: Store, protest_doc: Document, protest_event: Event) -> None:
    store.save(protest_doc, [protest_event])
    edited = store.edit_event(protest_event.event_id, {"latitude": "", "admin2": None}, user="a")
    assert edited.latitude is None and edited.admin2 is None
    assert {(e.field, e.new) for e in store.audit(protest_event.event_id)} >= {
        ("latitude", None),
        ("admin2", None),
    }


def test_edit_of_a_missing_event_is_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError, match="no-such-event"):
        store.edit_event("no-such-event", {"notes": "x"}, user="a")


# ---------------------------------------------------------------- summary


def test_summary_counts(store: Store, several: list[Event]) -> None:
    store.save_rejection(Rejection(origin="empty.txt", reason="empty input"))
    summary = store.summary()
    assert isinstance(summary, Summary)
    assert (summary.documents, summary.events, summary.rejections) == (1, 5, 1)
    assert summary.events_by_type == {"Explosions/Remote violence": 1, "Protests": 3, "Riots": 1}
    assert summary.events_by_month == {"2019-10": 3, "2020-01": 1}
    # Ties are broken by name.
    assert summary.top_actors[:2] == (("Police Forces of Iraq (2018-2020)", 2), ("Protesters (Iraq)", 2))
    assert dict(summary.top_actors) == {
        "Protesters (Iraq)": 2,
        "Police Forces of Iraq (2018-2020)": 2,
        "Rioters (Iraq)": 1,
        "Military Forces of the United States": 1,
        "Kataib Hezbollah": 1,
        "100% Unknown Group": 1,
    }


def test_summary_leaves_out_events_an_analyst_rejected(store: Store, several: list[Event]) -> None:
    store.edit_event("ev-b", {"review_status": "rejected"}, user="a")
    summary = store.summary()
    assert summary.events == 4
    assert "Riots" not in summary.events_by_type
    assert "Rioters (Iraq)" not in dict(summary.top_actors)


def test_top_actors_are_at_most_ten(store: Store, protest_doc: Document, make_event) -> None:
    events = [make_event(event_id=f"ev-{i:02d}", actor1=f"Group {i:02d}", actor2=None) for i in range(12)]
    events.append(make_event(event_id="ev-extra", actor1="Group 05", actor2=None))
    store.save(protest_doc, events)
    top = store.summary().top_actors
    assert len(top) == 10
    assert top[0] == ("Group 05", 2)
    assert [name for name, _ in top[1:]] == [f"Group {i:02d}" for i in (0, 1, 2, 3, 4, 6, 7, 8, 9)]
