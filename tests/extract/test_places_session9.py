"""Place resolution of the ninth session, found on UCDP headlines outside the CI sample; every text
here was written for these tests. See docs/codebook.md, "Places (ninth session)"."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.datasets import top_event
from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import scan_names
from tigris.resolve.kb import knowledge_base
from tigris.types import Event

code = Coder(dt.date(2015, 9, 21), "places-session9")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def top(extractor: RuleExtractor, text: str) -> Event:
    event = top_event(code(extractor, text))
    assert event is not None, text
    return event


def iraqi_places(text: str) -> list[str]:
    return [
        h.places[0].id
        for h in scan_names(text, knowledge_base())
        if h.places and h.places[0].country == "Iraq" and h.places[0].kind != "country"
    ]


# The capital of Iraq's Kurdish region is Erbil -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Truck bomb tears through a market in Iraq's Kurdish capital, killing nine",
        "Two car bombs strike the Iraqi Kurdish capital, five dead",
        "Rockets hit an army post on the edge of the capital of Iraq's Kurdish region",
        "Suicide bomber kills four at a checkpoint in the Kurdistan Region's capital",
        "Gunmen kill a police officer in the Kurdish regional capital",
        "Bomb hits the capital of the autonomous Kurdistan region on Sunday, wounding six",
    ],
)
def test_the_kurdish_capital_is_erbil(extractor, text):
    event = top(extractor, text)
    assert (event.location, event.admin1, event.country) == ("Erbil", "Erbil", "Iraq")


def test_the_kurdish_capital_before_a_toll_elsewhere_is_the_first_event(extractor):
    text = (
        "Bombs rock the capital of Iraq's Kurdish region; Baghdad market bombings kill 30; "
        "jihadists claim the attack in the Iraqi Kurdish capital"
    )
    assert top(extractor, text).location == "Erbil"


def test_another_countrys_kurdish_capital_is_not_erbil(extractor):
    events = code(extractor, "Police fired tear gas at marchers in Diyarbakir, Turkey's Kurdish capital.")
    assert events and all(e.location != "Erbil" for e in events)
    assert all(e.country == "Turkey" for e in events)


def test_the_kurdish_capital_named_after_the_phrase_is_one_place(extractor):
    events = code(extractor, "A drone struck a farm outside the Kurdish regional capital Erbil on Monday.")
    assert [e.location for e in events] == ["Erbil"]


# A governorate told as a part of Iraq stays the governorate ------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen shoot dead three shepherds in Iraq's Diyala area", "Diyala"),
        ("IS ambush kills two soldiers across Iraq's Salahuddin area", "Salah al-Din"),
    ],
)
def test_a_governorate_area_of_iraq_is_the_governorate(extractor, text, admin1):
    assert top(extractor, text).admin1 == admin1


def test_a_governorate_name_told_as_a_town_quarter_is_still_no_governorate():
    # the reading kept for "Iraq's X area" must not come back for a quarter of a town
    assert "iq-qadisiyah" not in iraqi_places("Troops swept the Qadisiya district of Tikrit on Monday.")


# A monitoring header's channel seat is no place -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Main news of Kurdistan TV, Sulaymaniyah in Kurdish 1130 gmt 4 Mar 15",
        "Programme summary of Al-Mosuliya TV, Mosul, 1800 gmt 2 Jan 15",
    ],
)
def test_the_seat_of_a_channel_in_a_monitoring_header_is_no_place(text):
    assert iraqi_places(text) == []


def test_a_city_after_a_channel_name_outside_a_header_is_still_a_place():
    assert iraqi_places("Gunmen attacked the studios of a local TV, Baghdad police said on Friday") == [
        "iq-baghdad-baghdad"
    ]


# Syrian towns of the war against the Islamic State ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        (
            "Islamic State fighters shelled Kobani on Monday, killing five Kurdish fighters.",
            "Kobani",
            "Aleppo Governorate",
        ),
        ("Jihadists stormed Ain al-Arab overnight and killed 12 defenders.", "Kobani", "Aleppo Governorate"),
        ("Islamic State militants blew up an ancient temple in Palmyra.", "Palmyra", "Homs Governorate"),
        ("Air strikes hit Islamic State positions around Tadmur on Sunday.", "Palmyra", "Homs Governorate"),
    ],
)
def test_syrian_towns_of_the_war_are_placed_in_syria(extractor, text, location, admin1):
    event = top(extractor, text)
    assert (event.location, event.admin1, event.country) == (location, admin1, "Syria")
