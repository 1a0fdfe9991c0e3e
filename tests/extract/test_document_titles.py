"""A report's title set as a line of its own names what the report covers and tells no event."""

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document


@pytest.mark.parametrize(
    "title",
    [
        "Report into civilian harm during the operations to retake Fallujah, May–June 2016",
        "UNAMI Report on attacks on protesters in Baghdad and the south, October 2019 to March 2020",
        "Study of the bombing campaign against Mosul's old city, 2017",
    ],
)
def test_a_report_title_is_no_event(title: str) -> None:
    doc = make_document(title, "title", published=dt.datetime(2020, 6, 1))
    assert RuleExtractor().extract(doc) == []


def test_a_sentence_about_a_report_still_tells_its_own_event() -> None:
    text = "Gunmen killed two guards at the Basra office that drafted the report on Monday."
    doc = make_document(text, "body", published=dt.datetime(2020, 6, 2))
    events = RuleExtractor().extract(doc)
    assert [(e.event_type, e.admin1) for e in events] == [("Violence against civilians", "Basra")]
