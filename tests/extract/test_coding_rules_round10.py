"""Rules of the tenth round (issue 3 event coding, issue 4 actors and places).

Every sentence here was written for these tests; none is taken from the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

IS = "Islamic State (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"
ARMY = "Military Forces of Iraq"
TURKEY = "Military Forces of Turkey"
USA = "Military Forces of the United States"
MISSILE = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


code = Coder(dt.date(2021, 3, 10), "round10")
one = code.one


# who did it ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkish airstrikes killed three PKK fighters near Qandil on Monday.",
        "Turkish Airstrike Kills Two PKK Fighters in Sinjar",
    ],
)
def test_a_foreign_air_strike_written_as_one_word_names_the_force(
    extractor: RuleExtractor, text: str
) -> None:
    event = one(extractor, text)
    assert event.sub_event_type == AIR
    assert event.actor1 == TURKEY


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Iraqi air strikes kill 12 Islamic State militants in Anbar", 12),
        ("Iraq air strike kills five IS fighters near Hawija", 5),
        (
            "Iraqi F-16 jets struck an Islamic State hideout near Hawija on Monday, killing eight militants.",
            8,
        ),
    ],
)
def test_iraqi_aircraft_are_the_iraqi_forces(extractor: RuleExtractor, text: str, dead: int) -> None:
    event = one(extractor, text)
    assert event.sub_event_type == AIR
    assert (event.actor1, event.actor2) == (ARMY, IS)
    assert event.fatalities == dead


def test_iraq_named_as_the_place_of_an_air_strike_is_no_force(extractor: RuleExtractor) -> None:
    event = one(
        extractor, "Thirty PKK militants were killed in northern Iraq air strikes on Monday, Ankara said."
    )
    assert event.actor1 != ARMY


@pytest.mark.parametrize(
    "text",
    [
        "TWO SOLDIERS KILLED IN IS ATTACK NEAR TARMIYAH",
        "IS MILITANTS AMBUSH ARMY PATROL NEAR TARMIYAH, KILLING TWO SOLDIERS",
    ],
)
def test_is_in_capitals_is_the_group_where_no_verb_can_stand(extractor: RuleExtractor, text: str) -> None:
    event = one(extractor, text)
    assert event.actor1 == IS


def test_is_in_capitals_stays_the_verb(extractor: RuleExtractor) -> None:
    event = one(extractor, "THE SITUATION IS TENSE IN KIRKUK AFTER A BOMB KILLED TWO PEOPLE")
    assert event.actor1 == UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "According to the Security Media Cell, two rockets struck the Green Zone on Monday.",
        "The Security Media Cell announced that two rockets struck the Green Zone on Monday.",
        "Two rockets struck the Green Zone on Monday, according to a statement from the Joint Operations Command.",
    ],
)
def test_an_office_that_speaks_for_the_forces_is_no_party(extractor: RuleExtractor, text: str) -> None:
    event = one(extractor, text)
    assert event.sub_event_type == MISSILE
    assert event.actor1 == UNKNOWN
    assert event.location == "Green Zone"


def test_an_office_that_tells_what_its_forces_did_names_them(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "The Joint Operations Command said its forces had killed five Islamic State militants near Hawija on Monday.",
    )
    assert (event.actor1, event.actor2) == (ARMY, IS)


# where ------------------------------------------------------------------------------------------


def test_a_camp_named_as_a_refugee_camp_is_the_camp(extractor: RuleExtractor) -> None:
    event = one(extractor, "Gunmen attacked the Makhmour refugee camp on Monday, killing two residents.")
    assert (event.location, event.admin1) == ("Makhmour camp", "Erbil")


@pytest.mark.parametrize(
    "text",
    [
        "Three rockets hit the US embassy compound on Monday.",
        "Three rockets hit the US embassy compound in Baghdad on Monday.",
    ],
)
def test_a_site_struck_is_the_place_even_when_it_names_an_actor(extractor: RuleExtractor, text: str) -> None:
    event = one(extractor, text)
    assert event.location == "United States Embassy in Baghdad"
    assert event.actor2 == "Government of the United States"


def test_a_dateline_abroad_does_not_make_iraq_abroad(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "WASHINGTON, March 9 — US aircraft struck two depots used by Kataib Hezbollah in Iraq on Monday "
        "night, hours after a drone attack on Erbil air base wounded four US soldiers, the Pentagon said. "
        "A militia fighter died in the strike near Hillah, Iraqi officials said.",
    )
    by_place = {e.location: e for e in events}
    assert set(by_place) == {"Hillah", "Erbil"}
    assert (by_place["Hillah"].actor1, by_place["Hillah"].fatalities) == (USA, 1)
    erbil = by_place["Erbil"]
    assert (erbil.actor1, erbil.fatalities, erbil.injured) == (UNKNOWN, 0, 4)
    assert erbil.date == dt.date(2021, 3, 8)


def test_a_bare_airport_is_at_the_city_named_the_sentence_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Explosions were heard near Erbil late on Saturday. Officials said a drone attack on the airport "
        "caused damage but no casualties.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [(AIR, "Erbil")]


def test_a_bare_base_after_an_event_told_there_adds_no_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "MOSUL, March 9 — Rockets struck a Turkish military base near Bashiqa on Monday, killing one soldier. "
        "Officials said the rockets were fired from fields south of the base.",
    )
    assert [e.location for e in events] == ["Bashiqa"]


# what ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Iran fired missiles and armed drones at opposition camps near Koya on Monday.", MISSILE),
        ("Militias struck the base near Erbil with rockets and explosive-laden drones on Monday.", MISSILE),
        ("Militants attacked the airport in Erbil with drones and rockets on Monday.", AIR),
    ],
)
def test_of_a_heavy_weapon_and_an_aircraft_the_first_named_decides(
    extractor: RuleExtractor, text: str, sub: str
) -> None:
    assert one(extractor, text).sub_event_type == sub
