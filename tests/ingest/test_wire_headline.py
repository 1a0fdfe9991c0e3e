"""Wire copy pasted with its headline above the dateline: the first line is the story's title, so a
headline restating the body's event is not coded as a second event. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document

STORY = (
    "Car bomb kills 12 in Baghdad market\n"
    "BAGHDAD, Nov 11 (Tigris Wire) - A car bomb tore through a busy market in the Shula district of "
    "northwest Baghdad on Monday, killing at least 12 people and wounding 25, police said.\n"
)


def test_the_line_above_a_dateline_is_the_title() -> None:
    doc = make_document(STORY, "test", published=dt.date(2019, 11, 12))
    assert doc.title == "Car bomb kills 12 in Baghdad market"
    assert [doc.text[s.start : s.end] for s in doc.sections if s.kind == "title"] == [doc.title]


def test_a_sentence_above_a_dateline_is_not_a_title() -> None:
    doc = make_document("Police said a bomb went off.\n" + STORY.split("\n", 1)[1], "test")
    assert doc.title is None


def test_the_headline_and_the_body_are_one_event() -> None:
    doc = make_document(STORY, "test", published=dt.date(2019, 11, 12))
    events = RuleExtractor().extract(doc)
    assert [(e.location, e.date, e.fatalities) for e in events] == [("Shula", dt.date(2019, 11, 11), 12)]


# ninth session: a headline over its lead with no dateline between them
UNDATED = (
    "Rockets hit Baghdad airport\n"
    "Three Katyusha rockets struck near Baghdad International Airport late on Sunday, the security "
    "media cell said. No casualties were reported.\n"
)


def test_a_headline_over_a_lead_with_no_dateline_is_the_title() -> None:
    doc = make_document(UNDATED, "test", published=dt.date(2016, 7, 4))
    assert doc.title == "Rockets hit Baghdad airport"


def test_the_undated_headline_and_its_lead_are_one_event_on_the_leads_day() -> None:
    doc = make_document(UNDATED, "test", published=dt.date(2016, 7, 4))
    events = RuleExtractor().extract(doc)
    assert [(e.sub_event_type, e.date) for e in events] == [
        ("Shelling/artillery/missile attack", dt.date(2016, 7, 3))
    ]


def test_a_label_a_numbered_line_or_a_short_second_line_makes_no_title() -> None:
    lead = UNDATED.split("\n", 1)[1]
    for first in ("PORT ADVISORY — Baghdad — issued 4 July", "1/ Rockets hit Baghdad airport"):
        assert make_document(f"{first}\n{lead}", "test").title is None
    assert make_document("Rockets hit Baghdad airport\nNo one was hurt.\n", "test").title is None
