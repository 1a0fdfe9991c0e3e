"""The reference analysis post, end to end: what an analyst should see coded from it."""

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import read_inputs
from tigris.settings import Settings
from tigris.types import Document


@pytest.fixture(scope="module")
def post(sample_path) -> Document:
    (doc,) = list(read_inputs([str(sample_path)], Settings()))
    assert isinstance(doc, Document)
    return doc


@pytest.fixture(scope="module")
def events(post):
    return RuleExtractor().extract(post)


def find(events, **fields):
    return [e for e in events if all(getattr(e, k) == v for k, v in fields.items())]


def test_rally_in_jadriya_on_january_24(events):
    (rally,) = find(events, event_type="Protests", location="Jadriya")
    assert rally.date == dt.date(2020, 1, 24) and rally.date_precision == "day"
    assert rally.admin1 == "Baghdad" and rally.country == "Iraq"
    assert rally.actor1 == "Protesters (Iraq)"
    assert "Sadrist Movement" in (rally.assoc_actor_1 or "")
    assert rally.sub_event_type == "Peaceful protest"
    assert any("Jadriya" in ev.text for ev in rally.evidence)


def test_meeting_in_qom_a_day_before_the_announcement(events):
    (meeting,) = find(events, location="Qom")
    assert meeting.date == dt.date(2020, 1, 13)
    assert meeting.country == "Iran"
    assert meeting.event_type == "Strategic developments"
    assert meeting.actor1 == "Sadrist Movement"


def test_attacks_on_the_sit_ins_in_basra_and_baghdad(events):
    attacks = [
        e
        for e in events
        if e.sub_event_type in ("Protest with intervention", "Excessive force against protesters")
    ]
    by_place = {e.admin1: e for e in attacks}
    assert set(by_place) == {"Basra", "Baghdad"}
    for e in attacks:
        assert e.date == dt.date(2020, 1, 24)
        assert e.actor1 == "Protesters (Iraq)"
        assert e.actor2 == "Military Forces of Iraq"


def test_nothing_is_coded_from_the_comments(post, events):
    comments = post.spans("comments")
    assert comments
    for e in events:
        for ev in e.evidence:
            assert not any(c.start <= ev.start < c.end for c in comments), ev.text


def test_nothing_is_coded_from_sources_or_widget(post, events):
    for kind in ("sources", "widget"):
        for span in post.spans(kind):
            for e in events:
                assert not any(span.start <= ev.start < span.end for ev in e.evidence)


def test_every_event_points_at_its_sentence(post, events):
    for e in events:
        for ev in e.evidence:
            assert post.text[ev.start : ev.end].strip() == ev.text


def test_citations(post):
    assert len(post.citations) == 7
    assert all(c.outlet and c.date for c in post.citations)
    outlets = {c.outlet: c.date for c in post.citations}
    assert outlets["Al-Aalem"] == dt.date(2020, 1, 20)
    assert outlets["NINA"] == dt.date(2020, 1, 13)


def test_widget(post):
    items = {(h.month, h.day, h.year): h for h in post.history}
    assert (4, 21, None) in items
    karbala = items[(4, 21, 1802)]
    assert (karbala.fatalities_low, karbala.fatalities_high) == (2000, 5000)
