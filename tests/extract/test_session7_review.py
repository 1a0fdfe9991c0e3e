"""Sentences a review of the seventh session's rules found coded wrongly by them: each must keep the
coding it had, or get the one the codebook gives. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 5, 12), "session7-review")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "Iraq did not sign the treaty.",
        "Both sides failed to sign the deal on Monday.",
        "The two sides will sign the deal next week.",
        "The health directorate added a new intensive care unit in Kut on Monday.",
    ],
)
def test_no_event_is_told(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


@pytest.mark.parametrize(
    "text, sub_event_type, dead",
    [
        ("Teachers protested in Kut on Monday, the union said in a statement.", "Peaceful protest", 0),
        (
            "Worshippers marched in Karbala on Friday demanding that the government resign.",
            "Peaceful protest",
            0,
        ),
        (
            "A suicide bomber killed 30 recruits during a training session at a base near Baghdad on Monday.",
            "Suicide bomb",
            30,
        ),
        ("Gunmen who use motorcycles killed an activist in Basra on Monday.", "Attack", 1),
        ("Sporadic clashes continued in Tarmiyah on Monday, leaving one dead.", "Armed clash", 1),
        (
            "Police arrested 30 suspects on Monday, the largest number since the start of the campaign.",
            "Arrests",
            0,
        ),
        ("The PMF added a new brigade of 600 fighters in Diyala on Monday.", "Change to group/activity", 0),
    ],
)
def test_the_event_is_still_told(extractor: RuleExtractor, text: str, sub_event_type: str, dead: int) -> None:
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, dead)


def test_a_party_named_again_as_the_place_of_signing_is_the_place(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Baghdad and Erbil signed an agreement in Baghdad on Monday.")
    assert (event.location, event.actor2) == ("Baghdad", "Kurdistan Regional Government")


def test_where_a_convoy_crossed_from_is_not_the_place(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "A convoy of 100 armoured vehicles crossed from Syria into the Kurdistan Region on Monday."
    )
    assert event.location != "Syria"


def test_a_march_from_one_square_to_another_starts_at_the_first(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Protesters marched from Tahrir Square to the Green Zone on Friday.")
    assert event.location == "Tahrir Square"


@pytest.mark.parametrize(
    "text, location",
    [
        ("A bomb exploded in Basra's Zubair on Monday, killing two.", "Zubair"),
        ("A roadside bomb hit a patrol in Baghdad's Tarmiyah district on Monday.", "Tarmiyah District"),
    ],
)
def test_a_province_named_as_the_owner_of_a_town_is_no_second_place(
    extractor: RuleExtractor, text: str, location: str
) -> None:
    assert code.one(extractor, text).location == location


def test_an_arrest_for_drugs_is_crime(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Police arrested three men with a shipment of crystal meth in Basra on Monday.") == []
    )


def test_raids_at_home_that_an_attack_followed_are_still_coded(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, Mar 15 — More than two dozen rockets struck Camp Taji north of Baghdad on Saturday morning.\n"
        "The latest strike followed US air raids early on Friday on five weapons storage sites used by Kataib "
        "Hezbollah, which the Pentagon described as retaliation for Wednesday's attack.",
    )
    assert "Air/drone strike" in [e.sub_event_type for e in events]
