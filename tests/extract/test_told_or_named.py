"""Lines that name events without telling one (report titles), and lines that tell one of their own.

A report's title set as a line of its own names what the report covers and tells no event; the
families of people killed in an earlier attack who protest today do tell one, and so does a
separate incident told beside another of the same kind, place and day."""

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document


@pytest.mark.parametrize(
    "title",
    [
        "Report into civilian harm during the operations to retake Fallujah, May–June 2016",
        "UNAMI Report on attacks on protesters in Baghdad and the south, October 2019 to March 2020",
        "Study into the bombing campaign against Mosul's old city, 2017",
    ],
)
def test_a_report_title_is_no_event(title: str) -> None:
    doc = make_document(title, "title", published=dt.datetime(2020, 6, 1))
    assert RuleExtractor().extract(doc) == []


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "Review of camera footage showed gunmen shot dead two guards at a checkpoint in Basra on Monday.",
            "Basra",
        ),
        ("Report of a car bomb in Kirkuk on Sunday: police said it killed four people.", "Kirkuk"),
    ],
)
def test_a_sentence_opening_like_a_title_still_tells_its_event(text: str, admin1: str) -> None:
    doc = make_document(text, "body", published=dt.datetime(2020, 6, 2))
    assert [e.admin1 for e in RuleExtractor().extract(doc)] == [admin1]


def test_a_sentence_about_a_report_still_tells_its_own_event() -> None:
    text = "Gunmen killed two guards at the Basra office that drafted the report on Monday."
    doc = make_document(text, "body", published=dt.datetime(2020, 6, 2))
    events = RuleExtractor().extract(doc)
    assert [(e.event_type, e.admin1) for e in events] == [("Violence against civilians", "Basra")]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Relatives of the victims protested outside the governor's office in Nasiriyah on Sunday.",
            "Protests",
        ),
        ("Relatives of the dead men stormed the police station in Amarah on Tuesday.", "Battles"),
    ],
)
def test_the_families_of_victims_acting_today_is_an_event(text: str, event_type: str) -> None:
    doc = make_document(text, "body", published=dt.datetime(2020, 6, 2))
    assert [e.event_type for e in RuleExtractor().extract(doc)] == [event_type]


def test_a_separate_incident_is_not_merged_into_the_first() -> None:
    text = (
        "Unidentified gunmen shot dead a shopkeeper in central Mosul on Monday, police said. "
        "In a separate incident, Islamic State militants shot dead a teacher in the west of Mosul on Monday."
    )
    doc = make_document(text, "body", published=dt.datetime(2016, 2, 2))
    events = RuleExtractor().extract(doc)
    assert sorted(e.actor1 or "" for e in events) == [
        "Islamic State (Iraq)",
        "Unidentified Armed Group (Iraq)",
    ]
