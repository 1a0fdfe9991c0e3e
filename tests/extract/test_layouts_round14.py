"""Layouts of the fourteenth round: logs, timelines and lists coded one event an item.

Every text here was written for these tests; none is taken from the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.layout import incident_field, introduces_records, opens_place_clause
from tigris.types import Event

code = Coder(dt.date(2021, 7, 25), "round14-layout")
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
MISSILE = "Shelling/artillery/missile attack"


def _rows(events: list[Event]) -> list[tuple[dt.date | None, str | None, str, int | None]]:
    return sorted((e.date, e.location, e.sub_event_type, e.fatalities) for e in events)


# incident logs with dashes, bars and bullets ------------------------------------------------------


@pytest.mark.parametrize("gap", [" — ", " – ", " - ", " | "])
@pytest.mark.parametrize("mark", ["", "• ", "- "])
def test_a_dashed_log_is_coded_one_event_a_line(extractor: RuleExtractor, gap: str, mark: str) -> None:
    lines = [
        ["19 Jul 2021", "Sadr City", "market bombing", "35 killed"],
        ["6 Jul 2021", "Erbil", "an explosives-laden drone fell near the airport", "no casualties"],
    ]
    text = "Daily log, July 2021\n" + "\n".join(mark + gap.join(fields) for fields in lines)
    assert _rows(code(extractor, text)) == [
        (dt.date(2021, 7, 6), "Erbil", AIR, 0),
        (dt.date(2021, 7, 19), "Sadr City", IED, 35),
    ]


def test_a_log_in_january_reaches_back_into_december(extractor: RuleExtractor) -> None:
    text = (
        "Log: from K1 to the airport\n"
        "29 Dec — al-Qaim — drones — 25 killed\n"
        "3 Jan — Baghdad airport — drone — 10 killed"
    )
    events = code(extractor, text, dt.date(2020, 1, 6))
    assert _rows(events) == [
        (dt.date(2019, 12, 29), "Al-Qaim", AIR, 25),
        (dt.date(2020, 1, 3), "Baghdad International Airport", AIR, 10),
    ]


def test_a_heading_over_a_note_and_log_lines_tells_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Protest log: the worst nights for the sit-ins, December 2019\n"
        "Tolls are the lowest any hospital published.\n"
        "6 Dec 2019 — Khilani Square — gunmen fired on the sit-in — 23 killed\n"
        "12 Dec 2019 — Basra — a roadside bomb hit a police car — 2 killed"
    )
    events = code(extractor, text, dt.date(2019, 12, 15))
    assert {e.date for e in events} == {dt.date(2019, 12, 6), dt.date(2019, 12, 12)}
    end = text.index("\n")
    assert introduces_records(text, 0, end)


def test_a_note_under_the_last_item_is_not_part_of_it(extractor: RuleExtractor) -> None:
    text = (
        "Rockets on Camp Taji, March 2020\n"
        "- 11 Mar 2020 — Camp Taji — about 18 rockets hit the base — 3 killed\n"
        "- 14 Mar 2020 — Camp Taji — some 30 rockets struck the base again — 5 wounded\n"
        "The launchers were found on a truck nearby."
    )
    events = code(extractor, text, dt.date(2020, 3, 20))
    shelling = sorted((e.date, e.fatalities, e.injured) for e in events if e.sub_event_type == MISSILE)
    assert shelling == [(dt.date(2020, 3, 11), 3, None), (dt.date(2020, 3, 14), 0, 5)]
    assert all(e.date != dt.date(2020, 3, 1) for e in events)  # the heading's month is no event


# tables -------------------------------------------------------------------------------------------


def test_a_bare_weapon_in_a_table_column_names_the_event(extractor: RuleExtractor) -> None:
    text = (
        "Attacks on bases, spring 2021\n"
        "Date | Base | Weapon | Killed | Wounded\n"
        "3 Mar | Ain al-Asad Air Base | rockets | 1 | 0\n"
        "14 Apr | Erbil airport | drone | 0 | 0"
    )
    events = code(extractor, text, dt.date(2021, 4, 30))
    assert sorted((e.date, e.sub_event_type) for e in events) == [
        (dt.date(2021, 3, 3), MISSILE),
        (dt.date(2021, 4, 14), AIR),
    ]


def test_a_markdown_table_gives_date_place_and_toll(extractor: RuleExtractor) -> None:
    text = (
        "Attacks on ministries this year, with the final tolls.\n\n"
        "| Date | Place | Incident | Killed | Wounded |\n"
        "|---|---|---|---|---|\n"
        "| 19 Aug 2009 | Baghdad | truck bombs outside two ministries | 101 | 565 |\n"
        "| 25 Oct 2009 | Baghdad | two suicide car bombs at the justice ministry | 155 | 721 |"
    )
    events = code(extractor, text, dt.date(2009, 12, 10))
    assert sorted((e.date, e.sub_event_type, e.fatalities, e.injured) for e in events) == [
        (dt.date(2009, 8, 19), IED, 101, 565),
        (dt.date(2009, 10, 25), "Suicide bomb", 155, 721),
    ]


@pytest.mark.parametrize(
    ("unit", "named"),
    [
        ("19 Jul 2021 — Sadr City — market bombing — 35 killed", "market bombing"),
        ("14 Apr | Erbil airport | Erbil | drone | 0 | 0", "drone"),
        ("| 8 Dec 2009 | Baghdad | car bombs at three ministries | 127 |", "car bombs at three ministries"),
        ("A drone bombing was feared in Erbil.", None),  # running text: not a record
        ("12 May | Tikrit | flood | 2 | 0", None),
    ],
)
def test_the_incident_field_of_a_record(unit: str, named: str | None) -> None:
    field = incident_field(unit)
    assert (unit[field[0] : field[1]] if field else None) == named


# day headers, dated lines, numbered lists, threads ------------------------------------------------


def test_day_headers_date_the_items_under_them(extractor: RuleExtractor) -> None:
    text = (
        "Week in review\n\n"
        "Sunday 3 July:\n"
        "- Shortly after midnight a car bomb tore through a shopping street in Karrada.\n\n"
        "Thursday 7 July:\n"
        "- Gunmen attacked a police checkpoint near Balad, killing two officers."
    )
    events = code(extractor, text, dt.date(2016, 7, 9))
    assert sorted((e.date, e.location) for e in events) == [
        (dt.date(2016, 7, 3), "Karrada"),
        (dt.date(2016, 7, 7), "Balad"),
    ]


def test_a_dated_line_keeps_its_date_in_the_evidence(extractor: RuleExtractor) -> None:
    text = (
        "Selected attacks:\n"
        "3 December 2023: A US drone strike killed five fighters near Kirkuk as they made ready to launch "
        "an attack drone, US officials said.\n"
        "8 December 2023: Mortar rounds fell inside the US embassy compound in Baghdad before dawn."
    )
    events = code(extractor, text, dt.date(2023, 12, 10))
    assert sorted((e.date, e.evidence[0].text[:16]) for e in events) == [
        (dt.date(2023, 12, 3), "3 December 2023:"),
        (dt.date(2023, 12, 8), "8 December 2023:"),
    ]


def test_each_tweet_of_a_thread_is_its_own_unit(extractor: RuleExtractor) -> None:
    text = (
        "1/ Two rockets hit near Baghdad airport tonight, no one hurt\n"
        "2/ Earlier a roadside bomb wounded four policemen in Kut"
    )
    events = code(extractor, text, dt.date(2019, 11, 29))
    assert sorted((e.sub_event_type, e.location, e.injured) for e in events) == [
        (IED, "Kut", 4),
        (MISSILE, "Baghdad International Airport", None),
    ]


def test_a_toll_under_a_later_item_is_not_the_earlier_items(extractor: RuleExtractor) -> None:
    text = (
        "2/ Wednesday night in Najaf: protesters broke into the Iranian consulate and set it alight.\n"
        "3/ Thursday in Nasiriyah: troops cleared the bridges at dawn.\n"
        "Hospitals counted at least 25 dead and more than 250 wounded by nightfall."
    )
    (riot,) = code(extractor, text, dt.date(2019, 11, 29))
    assert (riot.date, riot.location, riot.sub_event_type) == (
        dt.date(2019, 11, 27),
        "Najaf",
        "Violent demonstration",
    )
    assert (riot.fatalities, riot.injured) == (0, None)


# round-ups ----------------------------------------------------------------------------------------


def test_a_round_up_clause_with_its_own_place_is_its_own_event(extractor: RuleExtractor) -> None:
    text = (
        "Weekly round-up. In Diyala, a roadside bomb wounded two soldiers near Jalawla on Monday; "
        "in Kirkuk, a roadside bomb killed a policeman near Daquq on Wednesday."
    )
    events = code(extractor, text, dt.date(2021, 11, 20))
    assert sorted((e.date, e.location, e.sub_event_type) for e in events) == [
        (dt.date(2021, 11, 15), "Jalawla", IED),
        (dt.date(2021, 11, 17), "Daquq", IED),
    ]


def test_a_clause_with_its_own_place_lends_it_to_no_event_before(extractor: RuleExtractor) -> None:
    text = (
        "In Dibis, suicide bombers stormed a power station on Friday and killed 12 workers; "
        "and in Anbar, militants raided Rutba on Sunday and held parts of the town for hours."
    )
    events = code(extractor, text, dt.date(2016, 10, 24))
    assert [(e.location, e.fatalities) for e in events if e.sub_event_type == "Suicide bomb"] == [
        ("Dibis", 12)
    ]
    assert all(e.location != "Rutba" or e.sub_event_type != "Suicide bomb" for e in events)


@pytest.mark.parametrize(
    ("clause", "opens"),
    [
        ("in Dibis, suicide bombers stormed a power station", True),
        ("and in Anbar, militants raided Rutba", True),
        ("killing two of the guards", False),
        ("in the evening mortar rounds fell", False),
    ],
)
def test_a_clause_that_opens_with_its_place(clause: str, opens: bool) -> None:
    assert opens_place_clause(clause) is opens
