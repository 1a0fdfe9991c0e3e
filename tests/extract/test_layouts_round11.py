"""Layouts of the eleventh round: how semi-structured reports are cut into units and read.

Every text here was written for these tests; none is taken from the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.extract.layout import count_fields, introduces_records, is_question, record_kind
from tigris.ingest import make_document
from tigris.types import Event

UNKNOWN = "Unidentified Armed Group (Iraq)"
IS = "Islamic State (Iraq)"
MISSILE = "Shelling/artillery/missile attack"


def code(extractor: RuleExtractor, text: str, published: dt.date = dt.date(2019, 5, 20)) -> list[Event]:
    doc = make_document(text, "test", published=published, external_id="round11-layout")
    return sorted(extractor.extract(doc), key=lambda e: (str(e.date), e.location or ""))


# what a line is ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("12 May | Kirkuk | IED | 2 | 4", "table"),
        ("12 May\tKirkuk\tIED\t2\t4", "table"),
        ("14:05 — Mortar rounds fell on the market.", "time"),
        ("9.40 - Police sealed off the street.", "time"),
        ("Q: Where were you that night?", "qa"),
        ("A: At home in Tikrit.", "qa"),
        ("Date: 12 May 2019", "label"),
        ("NINEVEH: Gunmen killed a farmer near Tal Afar.", "label"),
        ("Gunmen killed a farmer near Tal Afar on Sunday.", None),
    ],
)
def test_record_kind(line: str, kind: str | None) -> None:
    assert record_kind(line) == kind


def test_a_heading_over_records_is_not_an_event_line() -> None:
    text = "Mortar attacks on police stations, 2019\nDate | Town | Killed\n12 May | Tikrit | 2"
    end = text.index("\n")
    assert introduces_records(text, 0, end)
    # a line of running text that ends with a full stop is no heading
    text2 = "Mortar rounds hit a police station.\nDate | Town | Killed"
    assert not introduces_records(text2, 0, text2.index("\n"))


def test_a_question_tells_no_event() -> None:
    assert is_question("Q: Was anyone detained after the bombing?")
    assert is_question("Who fired the rockets?")
    assert not is_question("A: Gunmen fired on the car.")


def test_counting_fields_and_columns() -> None:
    row = "Date: 12 May 2019 | Place: Tikrit | Killed: 2 | Wounded: 5"
    assert count_fields(row, 0, len(row)) == "2 killed, 5 wounded"
    table = "Date | Town | Weapon | Dead | Injured\n12 May | Tikrit | mortar | 3 | 7"
    start = table.index("12 May")
    assert count_fields(table, start, len(table)) == "3 killed, 7 wounded"
    # a row with no header above it gives no figure from its columns
    assert count_fields("12 May | Tikrit | mortar | 3 | 7", 0, 31) is None


# whole documents ----------------------------------------------------------------------------------


def test_incident_log_one_incident_a_line(extractor: RuleExtractor) -> None:
    text = (
        "Incident log: attacks of note, May 2019\n"
        "Date: 12 May 2019 | Location: Tikrit | Incident: mortar rounds hit a police station | Casualties: 2 killed, 5 wounded\n"
        "Date: 15 May 2019 | Location: Samarra | Incident: a roadside bomb struck an army patrol | Casualties: none reported"
    )
    events = code(extractor, text)
    assert [(e.date, e.location, e.fatalities) for e in events] == [
        (dt.date(2019, 5, 12), "Tikrit", 2),
        (dt.date(2019, 5, 15), "Samarra", 0),
    ]
    assert events[0].injured == 5
    assert events[0].sub_event_type == MISSILE


def test_field_block_is_one_incident(extractor: RuleExtractor) -> None:
    text = (
        "WEEKLY SECURITY NOTE\n\n"
        "Incident: Rocket attack\nDate: 9 May 2019\nLocation: Balad Air Base\n"
        "Casualties: 1 killed, 2 wounded\n\n"
        "Incident: Roadside bomb\nDate: 11 May 2019\nLocation: Tarmiyah\nCasualties: 3 wounded"
    )
    events = code(extractor, text)
    assert [(e.date, e.location, e.fatalities, e.injured) for e in events] == [
        (dt.date(2019, 5, 9), "Balad Air Base", 1, 2),
        (dt.date(2019, 5, 11), "Tarmiyah", 0, 3),
    ]


def test_table_with_a_header_row(extractor: RuleExtractor) -> None:
    text = (
        "Mortar and rocket fire on bases, May 2019\n"
        "Date | Base | Weapon | Killed | Wounded\n"
        "3 May | Camp Taji | rockets | 0 | 2\n"
        "8 May | Balad Air Base | mortars | 1 | 0"
    )
    events = code(extractor, text)
    assert [(e.date, e.location, e.fatalities, e.injured) for e in events] == [
        (dt.date(2019, 5, 3), "Camp Taji", 0, 2),
        (dt.date(2019, 5, 8), "Balad Air Base", 1, 0),
    ]
    assert all(e.actor1 == UNKNOWN for e in events)


def test_numbered_items_take_the_heading_day(extractor: RuleExtractor) -> None:
    text = (
        "Incidents, Thursday 16 May 2019\n"
        "1. Mortar rounds fell on an army post near Baiji.\n"
        "2. Gunmen shot dead a village headman near Hawija."
    )
    events = code(extractor, text)
    assert {e.date for e in events} == {dt.date(2019, 5, 16)}
    assert {e.location for e in events} == {"Baiji", "Hawija"}


def test_live_blog_entries_are_of_the_story_day(extractor: RuleExtractor) -> None:
    text = (
        "Live: rockets on Baghdad\n"
        "23:10 — Officials said the situation was calm again.\n"
        "21:45 — Two rockets landed near the Jumhuriya Bridge, wounding a passer-by."
    )
    (event,) = code(extractor, text)
    assert event.date == dt.date(2019, 5, 20)
    assert event.date_precision == "day"
    assert event.injured == 1


def test_the_question_places_the_answer(extractor: RuleExtractor) -> None:
    text = (
        "Interview with a farmer from Daquq\n"
        "Q: What happened in Daquq last week?\n"
        "A: On 14 May Islamic State gunmen came at night and killed two shepherds.\n"
        "Q: Was anyone arrested afterwards?\n"
        "A: Nobody, as far as I know."
    )
    (event,) = code(extractor, text)
    assert event.location == "Daquq"
    assert event.date == dt.date(2019, 5, 14)
    assert event.actor1 == IS


def test_incidents_joined_by_semicolons(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, May 20 — A car bomb killed nine people at a market in Kadhimiya on Sunday; "
        "in Tarmiyah, gunmen attacked a police checkpoint and fought the officers for an hour; "
        "and in the evening mortar rounds fell near the Green Zone."
    )
    events = code(extractor, text)
    assert {e.sub_event_type for e in events} == {
        "Remote explosive/landmine/IED",
        "Armed clash",
        MISSILE,
    }
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.fatalities == 9
    shells = next(e for e in events if e.sub_event_type == MISSILE)
    assert shells.fatalities == 0


def test_round_up_by_governorate(extractor: RuleExtractor) -> None:
    text = (
        "Round-up, week ending 18 May 2019\n\n"
        "KIRKUK: On Monday a roadside bomb wounded two soldiers near Daquq. On Wednesday gunmen "
        "killed a shepherd near Dibis.\n\n"
        "ANBAR: No incidents were reported."
    )
    events = code(extractor, text, published=dt.date(2019, 5, 18))
    assert [(e.date, e.location) for e in events] == [
        (dt.date(2019, 5, 13), "Daquq"),
        (dt.date(2019, 5, 15), "Dibis"),
    ]


def test_a_weather_log_with_casualties_is_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Hazards log, May 2019\n"
        "Date: 6 May 2019 | Location: Basra | Event: sandstorm, port closed | Casualties: 2 dead\n"
        "Date: 9 May 2019 | Location: Amarah | Event: flash flood | Casualties: none reported"
    )
    assert code(extractor, text) == []


@pytest.mark.parametrize(
    "line", ["Turkish jets strike PKK positions in Duhok | Tigris Wire", "Kurdish militants killed\tAFP"]
)
def test_one_cell_gap_alone_is_a_title_and_its_outlet_not_a_table(line: str) -> None:
    assert record_kind(line) is None


def test_a_headline_over_a_stray_tabbed_line_is_still_coded(extractor: RuleExtractor) -> None:
    events = code(extractor, "Turkish airstrike kills six PKK militants in Duhok province\nWire \tdesk")
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Air/drone strike", "Duhok")]
