"""Saving documents and their events: round trips, idempotency, one transaction, analysts' work kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tigris.errors import StoreError
from tigris.store import SaveOutcome, Store, open_store
from tigris.types import Citation, Comment, Document, Event, Evidence, HistoricalItem, Rejection, Section


def test_document_comes_back_as_it_was_saved(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    assert store.save(protest_doc, [protest_event]) is SaveOutcome.ADDED
    back = store.document(protest_doc.id)
    assert back == protest_doc
    assert back is not None
    # The publication time keeps the offset it was given, not only the same instant.
    assert back.published is not None and back.published.utcoffset() == dt.timedelta(hours=3)
    assert back.section_text("sources") == protest_doc.section_text("sources")
    assert store.documents() == [protest_doc]
    assert store.document("no-such-document") is None


def test_naive_publication_time_stays_naive(store: Store, make_document) -> None:
    doc = make_document(published=dt.datetime(2019, 10, 25, 14, 0))
    store.save(doc, [])
    back = store.document(doc.id)
    assert back is not None and back.published == dt.datetime(2019, 10, 25, 14, 0)
    assert back.published.tzinfo is None


def test_save_outcome_is_a_string(store: Store, protest_doc: Document) -> None:
    outcome = store.save(protest_doc, [])
    assert outcome == "added"
    assert isinstance(outcome, str)


def test_every_event_field_survives_the_round_trip(store: Store, protest_doc: Document, make_event) -> None:
    event = make_event(
        date_end=dt.date(2019, 10, 26),
        location_id="geo-98182",
        assoc_actor_1="Students (Iraq)",
        assoc_actor_2="Popular Mobilization Forces",
        fatalities_high=13,
        injured=150,
        modality="claimed",
        confidence=0.123456789,
        sources=("Example Daily", "Rights Monitor", "Desk Reporter"),
        notes="figures disputed",
        review_status="confirmed",
        unresolved=("Jumhuriya bridge",),
        evidence=(
            Evidence(doc_id=protest_doc.id, start=10, end=40, text="first sentence"),
            Evidence(doc_id="another-report", start=0, end=12, text="second one"),
        ),
    )
    unset = [f.name for f in dataclasses.fields(Event) if getattr(event, f.name) in (None, "", ())]
    assert unset == [], "the test event should set every field"
    store.save(protest_doc, [event])
    assert store.events() == [event]


def test_saving_again_changes_nothing(store: Store, protest_doc: Document, protest_event: Event) -> None:
    store.save(protest_doc, [protest_event])
    store.save_rejection(Rejection(origin="broken.pdf", reason="binary input"))
    before = store.snapshot()
    assert store.save(protest_doc, [protest_event]) is SaveOutcome.UNCHANGED
    assert store.save_rejection(Rejection(origin="broken.pdf", reason="binary input")) is False
    assert store.snapshot() == before


def test_saving_again_after_reopening_changes_nothing(
    store_url: str, protest_doc: Document, protest_event: Event
) -> None:
    with open_store(store_url) as first:
        first.save(protest_doc, [protest_event])
        before = first.snapshot()
    with open_store(store_url) as second:
        assert second.save(protest_doc, [protest_event]) is SaveOutcome.UNCHANGED
        assert second.snapshot() == before


def test_snapshot_lists_every_table(store: Store, protest_doc: Document, protest_event: Event) -> None:
    store.save(protest_doc, [protest_event])
    snapshot = store.snapshot()
    assert "alembic_version" not in snapshot
    counts = {name: len(rows) for name, rows in snapshot.items()}
    assert counts == {
        "documents": 1,
        "citations": 2,
        "comments": 1,
        "history_items": 2,
        "events": 1,
        "event_evidence": 1,
        "rejections": 0,
        "audit_log": 0,
        "users": 0,
    }


def test_same_content_under_another_id_is_not_stored_twice(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    before = store.snapshot()
    mirror = dataclasses.replace(protest_doc, id="mirror-copy", origin="https://mirror.example.org/story")
    assert (
        store.save(mirror, [dataclasses.replace(protest_event, event_id="ev-mirror", doc_id="mirror-copy")])
        == "unchanged"
    )
    assert store.snapshot() == before
    assert store.document("mirror-copy") is None


def test_changed_document_is_updated(store: Store, protest_doc: Document, protest_event: Event) -> None:
    store.save(protest_doc, [protest_event])
    corrected = dataclasses.replace(
        protest_doc,
        title="Protesters return to Tahrir Square (corrected)",
        citations=protest_doc.citations[:1]
        + (Citation(raw="Wire service, 10/25/19", outlet="Wire service"),),
        comments=(),
        history=protest_doc.history[:1],
    )
    assert store.save(corrected, [protest_event]) is SaveOutcome.UPDATED
    assert store.document(protest_doc.id) == corrected
    assert [c.outlet for _, c in store.citations(protest_doc.id)] == ["Rights Monitor", "Wire service"]
    assert store.comments(protest_doc.id) == []
    assert store.save(corrected, [protest_event]) is SaveOutcome.UNCHANGED


def test_has_document_by_content_hash(store: Store, protest_doc: Document) -> None:
    assert not store.has_document(protest_doc.content_hash)
    store.save(protest_doc, [])
    assert store.has_document(protest_doc.content_hash)
    assert not store.has_document("b" * 64)


# ---------------------------------------------------------------- one transaction


def test_invalid_event_stores_nothing_of_a_new_document(
    store: Store, make_document, make_event, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    before = store.snapshot()
    doc = make_document(id="doc-basra", content_hash="c" * 64, origin="reports/basra.html")
    good = make_event(event_id="ev-basra-1", doc_id="doc-basra", location="Basra")
    broken = make_event(event_id="ev-basra-2", doc_id="doc-basra", event_type=None)
    with pytest.raises(StoreError) as caught:
        store.save(doc, [good, broken])
    assert "doc-basra" in str(caught.value)
    assert not store.has_document(doc.content_hash)
    assert store.document("doc-basra") is None
    assert store.events(doc_id="doc-basra") == []
    assert store.snapshot() == before


def test_invalid_event_leaves_a_stored_document_as_it_was(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    before = store.snapshot()
    changed = dataclasses.replace(protest_doc, title="A new title")
    broken = dataclasses.replace(protest_event, event_id="ev-broken", plover_type=None)  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save(changed, [dataclasses.replace(protest_event, fatalities=9), broken])
    assert store.snapshot() == before
    assert store.document(protest_doc.id) == protest_doc


def test_event_id_of_another_document_stores_nothing(
    store: Store, make_document, make_event, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    before = store.snapshot()
    doc = make_document(id="doc-other", content_hash="d" * 64)
    clash = make_event(doc_id="doc-other")  # same event_id as protest_event
    with pytest.raises(StoreError) as caught:
        store.save(doc, [make_event(event_id="ev-fresh", doc_id="doc-other"), clash])
    assert protest_event.event_id in str(caught.value)
    assert store.snapshot() == before


def test_event_of_another_document_is_refused(store: Store, protest_doc: Document, make_event) -> None:
    with pytest.raises(ValueError, match="belongs to document"):
        store.save(protest_doc, [make_event(doc_id="somewhere-else")])
    assert store.documents() == []


def test_repeated_event_id_is_refused(store: Store, protest_doc: Document, protest_event: Event) -> None:
    with pytest.raises(ValueError, match="twice"):
        store.save(protest_doc, [protest_event, protest_event])
    assert store.documents() == []


# ---------------------------------------------------------------- newer extractor, analysts' work


def test_newer_extractor_replaces_auto_events_but_keeps_analysts_work(
    store: Store, protest_doc: Document, make_event
) -> None:
    first_run = [
        make_event(event_id="ev-auto-kept", fatalities=8),
        make_event(event_id="ev-auto-dropped", sub_event_type="Peaceful protest"),
        make_event(event_id="ev-confirmed"),
        make_event(event_id="ev-edited"),
        make_event(event_id="ev-rejected"),
    ]
    store.save(protest_doc, first_run)
    store.edit_event("ev-confirmed", {"review_status": "confirmed"}, user="analyst")
    edited = store.edit_event(
        "ev-edited", {"fatalities": 7, "notes": "checked with a second source"}, user="analyst"
    )
    store.edit_event("ev-rejected", {"review_status": "rejected"}, user="analyst")
    touched = {e.event_id: e for e in store.events() if e.review_status != "auto"}
    audit_before = {eid: store.audit(eid) for eid in touched}

    second_run = [
        make_event(event_id="ev-auto-kept", fatalities=10, extractor="rules-2"),
        make_event(event_id="ev-edited", fatalities=99, extractor="rules-2"),
        make_event(event_id="ev-confirmed", location="Basra", extractor="rules-2"),
        make_event(event_id="ev-new", sub_event_type="Protest with intervention", extractor="rules-2"),
        # ev-rejected is not produced any more; ev-auto-dropped neither.
    ]
    assert store.save(protest_doc, second_run) is SaveOutcome.UPDATED

    after = {e.event_id: e for e in store.events()}
    assert set(after) == {"ev-auto-kept", "ev-new", "ev-confirmed", "ev-edited", "ev-rejected"}
    assert after["ev-auto-kept"].fatalities == 10
    assert after["ev-auto-kept"].extractor == "rules-2"
    for event_id, event in touched.items():
        assert after[event_id] == event
    assert after["ev-edited"] == edited
    assert after["ev-edited"].fatalities == 7
    assert {eid: store.audit(eid) for eid in touched} == audit_before

    # And the second run is itself idempotent.
    before = store.snapshot()
    assert store.save(protest_doc, second_run) is SaveOutcome.UNCHANGED
    assert store.snapshot() == before


def test_changed_evidence_of_an_auto_event_is_replaced(
    store: Store, protest_doc: Document, protest_event: Event
) -> None:
    store.save(protest_doc, [protest_event])
    wider = dataclasses.replace(
        protest_event,
        evidence=(
            *protest_event.evidence,
            Evidence(doc_id=protest_doc.id, start=0, end=10, text="Protesters"),
        ),
    )
    assert store.save(protest_doc, [wider]) is SaveOutcome.UPDATED
    assert store.events()[0].evidence == wider.evidence
    assert store.save(protest_doc, [protest_event]) is SaveOutcome.UPDATED
    assert store.events()[0].evidence == protest_event.evidence


# ---------------------------------------------------------------- parts of documents, rejections


def test_citations_comments_and_history(store: Store, protest_doc: Document, make_document) -> None:
    other = make_document(
        id="doc-anniversary",
        content_hash="e" * 64,
        citations=(Citation(raw="Archive note"),),
        comments=(Comment(author="gh", text="I remember that week.", start=0, end=5),),
        history=(HistoricalItem(month=10, day=25, year=2020, text="first anniversary marches"),),
    )
    store.save(protest_doc, [])
    store.save(other, [])
    pairs = store.citations()
    assert [doc_id for doc_id, _ in pairs] == ["doc-anniversary", protest_doc.id, protest_doc.id]
    assert [c for _, c in store.citations(protest_doc.id)] == list(protest_doc.citations)
    assert store.comments(protest_doc.id) == list(protest_doc.comments)
    assert store.comments("doc-anniversary") == list(other.comments)
    on_the_day = store.history(month=10, day=25)
    assert [(doc_id, item.year) for doc_id, item in on_the_day] == [
        (protest_doc.id, 2019),
        ("doc-anniversary", 2020),
    ]
    assert [item.text for _, item in store.history(month=4)] == ["a raid on a shrine city"]
    assert store.history(month=4)[0][1].fatalities_high == 5000
    assert len(store.history()) == 3
    assert store.history(month=1, day=1) == []


def test_rejections_are_recorded_once(store: Store) -> None:
    first = Rejection(
        origin="feeds/broken.xml", reason="not a feed: no <rss> or <feed> element", stage="ingest"
    )
    second = Rejection(
        origin="big.warc", reason="larger than 20000000 bytes", stage="ingest", content_hash="f" * 64
    )
    assert store.save_rejection(first) is True
    assert store.save_rejection(second) is True
    assert store.save_rejection(first) is False
    assert store.save_rejection(dataclasses.replace(first, stage="extract")) is False
    assert store.rejections() == [first, second]


# The fields the store keeps for each core type. When a core type gains a field, this test names
# it: add a column (models.py), a migration, and the conversion in tigris/store/_convert.py.
KEPT_FIELDS = {
    Document: "id content_hash text origin title url published author language source kind sections "
    "citations comments history flags",
    Citation: "raw outlet author title date date_precision medium url handle extra",
    Comment: "author text start end",
    HistoricalItem: "month day year text fatalities_low fatalities_high source_label",
    Rejection: "origin reason stage content_hash",
    Evidence: "doc_id start end text",
    Section: "kind start end label",
}


@pytest.mark.parametrize("kind", list(KEPT_FIELDS), ids=lambda kind: kind.__name__)
def test_store_keeps_every_field_of_the_core_types(kind: type) -> None:
    fields = {f.name for f in dataclasses.fields(kind)}
    missing = fields - set(KEPT_FIELDS[kind].split())
    assert not missing, f"tigris.store does not keep {kind.__name__}.{', '.join(sorted(missing))} yet"


def test_every_event_field_has_a_column() -> None:
    from tigris.store.models import EventRow

    columns = set(EventRow.__table__.columns.keys())
    missing = {f.name for f in dataclasses.fields(Event)} - columns - {"evidence"}
    assert not missing, f"the events table has no column for {', '.join(sorted(missing))}"
