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
