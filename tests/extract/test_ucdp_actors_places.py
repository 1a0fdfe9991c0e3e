"""Sides and places of headline wordings (issue 4: UCDP sides and governorates), on headlines
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.datasets import top_event
from tigris.extract.extractor import RuleExtractor
from tigris.types import Event

IS = "Islamic State (Iraq)"
AL_QAEDA = "Al-Qaeda"
COALITION = "Global Coalition Against Daesh"
IRAQI_ARMY = "Military Forces of Iraq"
IRAQI_POLICE = "Police Forces of Iraq"
TURKEY = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
UNNAMED = "Unidentified Armed Group (Iraq)"

code = Coder(dt.date(2016, 5, 3), "ucdp-sides")


def top(extractor: RuleExtractor, text: str) -> Event:
    event = top_event(code(extractor, text))
    assert event is not None, text
    return event


# "air strikes by X": the force whose strikes they were -----------------------------------------


@pytest.mark.parametrize(
    ("text", "striker", "struck"),
    [
        ("Air strikes by the US-led coalition kill 25 Islamic State fighters near Rutba", COALITION, IS),
        ("Airstrikes by Iraqi warplanes kill 12 IS militants in Qaim", IRAQI_ARMY, IS),
        ("A drone strike by Turkey killed two PKK members near Sinjar", TURKEY, PKK),
    ],
)
def test_strikes_by_a_force_are_its_own(
    extractor: RuleExtractor, text: str, striker: str, struck: str
) -> None:
    event = top(extractor, text)
    assert (event.actor1, event.actor2) == (striker, struck)


# "al-Qaeda-linked militants": the group's own men ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Iraqi soldiers kill 9 ISIS-linked gunmen in Tarmiyah", IS),
        ("Iraqi army kills 7 IS-affiliated fighters near Hawija", IS),
        ("Police kill three al-Qaeda-linked militants in Baquba", AL_QAEDA),
    ],
)
def test_men_linked_to_a_group_are_the_group(extractor: RuleExtractor, text: str, group: str) -> None:
    assert top(extractor, text).actor2 == group


def test_a_state_linked_to_militiamen_is_no_party(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iran-linked militiamen fired rockets at a US base in Baghdad")
    assert "Iran" not in f"{event.actor1} {event.actor2}"


# "Turkey says 3 soldiers killed": the speaking state's own soldiers ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey says 2 soldiers killed in fighting with Kurdish rebels near Amadiya",
        "Turkish army says 6 soldiers killed in a firefight with the PKK near Zakho",
    ],
)
def test_soldiers_a_foreign_state_counts_are_its_own(extractor: RuleExtractor, text: str) -> None:
    event = top(extractor, text)
    assert TURKEY in (event.actor1, event.actor2)
    assert IRAQI_ARMY not in (event.actor1, event.actor2)


# an air strike on the PKK with no striker named is Turkey's -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes kill 11 PKK fighters near Amadiya",
        "Air raids kill 9 PKK fighters in the Qandil mountains",
    ],
)
def test_an_unattributed_air_strike_on_the_pkk_is_turkeys(extractor: RuleExtractor, text: str) -> None:
    event = top(extractor, text)
    assert (event.actor1, event.actor2) == (TURKEY, PKK)


# a force's uniform worn by others -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants in Iraqi army uniforms kill 12 civilians in Ramadi",
        "Gunmen wearing Iraqi police uniforms kidnap 5 in Baghdad",
        "Gunmen disguised as Iraqi soldiers kill 4 in Tarmiyah",
    ],
)
def test_a_disguise_names_no_state_force(extractor: RuleExtractor, text: str) -> None:
    event = top(extractor, text)
    assert event.actor1 == UNNAMED
    assert event.actor2 not in (IRAQI_ARMY, IRAQI_POLICE)


def test_police_in_uniform_are_the_police(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iraqi police in uniform fired on protesters in Basra")
    assert IRAQI_POLICE in (event.actor1, event.actor2)


# where a headline's violence struck: "Baghdad blasts", "bombs across Baghdad" -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Blasts across Baghdad kill 12 while fighting goes on in Anbar",
        "Baghdad bombings kill 9 while troops push on in Anbar",
    ],
)
def test_a_city_whose_violence_is_told_places_it_beside_a_governorate(
    extractor: RuleExtractor, text: str
) -> None:
    assert top(extractor, text).admin1 == "Baghdad"


def test_a_city_named_as_a_landmark_still_gives_way_to_the_governorate(extractor: RuleExtractor) -> None:
    event = top(extractor, "Gunmen kill 3 in Hit, Anbar province, west of Baghdad")
    assert event.admin1 == "Anbar"


@pytest.mark.parametrize(
    ("text", "striker"),
    [
        ("Airstrikes of the US-led coalition leave 30 Islamic State fighters dead near Rawa", COALITION),
        ("Airstrikes of Iraqi jets hit Islamic State elements in Baiji, killing 8", IRAQI_ARMY),
    ],
)
def test_air_strikes_of_a_force_are_its_own(extractor: RuleExtractor, text: str, striker: str) -> None:
    event = top(extractor, text)
    assert (event.actor1, event.actor2) == (striker, IS)


def test_air_strikes_of_a_forces_positions_are_not_its_own(extractor: RuleExtractor) -> None:
    event = top(extractor, "Airstrikes of Iraqi army positions near Baiji kill 5 soldiers")
    assert event.actor1 != IRAQI_ARMY


# ground the wording has the state take ---------------------------------------------------------


def test_ground_a_force_takes_after_killing_militants_is_its_own(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iraqi forces kill 35 IS militants, advance to liberate Rawa")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Government regains territory",
        IRAQI_ARMY,
        IS,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iraq retakes key refinery town from the jihadists",
        "Iraqi army retakes bridge from the jihadists",
    ],
)
def test_ground_retaken_from_jihadists_is_taken_from_the_islamic_state(
    extractor: RuleExtractor, text: str
) -> None:
    assert top(extractor, text).actor2 == IS


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Iraqi army says retook bridge from the jihadists", IRAQI_ARMY),
        ("Iraqi forces say repel jihadist raid near Abu Ghraib", IRAQI_ARMY),
    ],
)
def test_a_force_that_tells_its_own_deed_in_a_headline_is_a_party(
    extractor: RuleExtractor, text: str, force: str
) -> None:
    event = top(extractor, text)
    assert force in (event.actor1, event.actor2)


# a country named for its people ----------------------------------------------------------------


def test_a_countrys_marine_does_not_place_the_event_in_that_country(extractor: RuleExtractor) -> None:
    events = code(extractor, "Islamic State mortar round kills a U.S. soldier in Iraq")
    assert [e.location for e in events] == ["Iraq"]


def test_a_countrys_pilgrims_are_no_force_of_it(extractor: RuleExtractor) -> None:
    event = top(extractor, "Six dead as a bomb hits Iran pilgrims in Samarra")
    assert "Military Forces" not in f"{event.actor1} {event.actor2}"


@pytest.mark.parametrize(
    "text",
    ["Blasts target mourners in Baquba, six killed", "Twin blasts target Shiite pilgrims near Kut, 9 dead"],
)
def test_blasts_that_target_people_at_large_target_civilians(extractor: RuleExtractor, text: str) -> None:
    assert top(extractor, text).actor2 == "Civilians (Iraq)"


def test_rebel_kurds_in_a_turkish_air_strike_in_north_iraq_are_the_pkk(extractor: RuleExtractor) -> None:
    event = top(extractor, "Turkish army says 9 rebel Kurds died in N Iraq airstrike")
    assert (event.actor1, event.actor2) == (TURKEY, PKK)


def test_a_group_that_says_it_carried_out_a_bombing_in_a_headline_did_it(extractor: RuleExtractor) -> None:
    event = top(extractor, "Truck bomb kills 17 in Baghdad. Islamic State says was behind Baghdad blast")
    assert event.actor1 == IS
