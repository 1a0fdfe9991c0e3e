"""Tenth session, actor resolution in wire headlines: a doer one telling names for an attack another
telling leaves unnamed, a headline's present-tense "die", and
the coalition members that UCDP keeps on the Iraqi government's side. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.mappings import ucdp_side
from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2016, 5, 10), "ucdp-session10")
UNNAMED = "Unidentified Armed Group (Iraq)"


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _at(events, town):
    (event,) = [e for e in events if e.location == town]
    return event


def test_an_unnamed_bomber_takes_the_group_another_telling_names_for_that_day(extractor):
    events = code(
        extractor,
        "Suicide bomber kills eight soldiers at an army post in Anbar. "
        "Islamic State assault kills troops in western Iraq.",
    )
    anbar = _at(events, "Anbar")
    assert (anbar.actor1, anbar.actor2) == ("Islamic State (Iraq)", "Military Forces of Iraq")


def test_an_attack_told_as_a_separate_one_keeps_its_unnamed_doer(extractor):
    events = code(
        extractor,
        "A roadside bomb killed two policemen in Tikrit on Monday. "
        "In a separate attack on Monday, IS gunmen killed a shepherd in Tikrit.",
    )
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.actor1 == UNNAMED


@pytest.mark.parametrize(
    "text, target, dead",
    [
        ("Five policemen die in roadside bomb blast near Tikrit", "Police Forces of Iraq", 5),
        ("Three soldiers die in a suicide attack on an army post in Haditha", "Military Forces of Iraq", 3),
    ],
)
def test_the_dead_of_a_present_tense_headline_are_the_target(extractor, text, target, dead):
    event = code.one(extractor, text)
    assert (event.actor1, event.actor2, event.fatalities_low) == (UNNAMED, target, dead)


@pytest.mark.parametrize("acled_name", ["Military Forces of France", "Military Forces of the United Kingdom"])
def test_coalition_members_fighting_in_iraq_stand_on_the_iraqi_government_side(acled_name):
    # GED keeps coalition members as secondary parties of side A in the Iraqi government's dyad
    # with IS, as it does the US; the Iraq export has no side of their own.
    assert ucdp_side(acled_name) == "Government of Iraq"


@pytest.mark.parametrize(
    "text",
    [
        "A pair of suicide bombers kill eleven soldiers on the outskirts of IS-held Ramadi",
        "Car bomb kills five soldiers on the edge of ISIL-held Fallujah",
    ],
)
def test_forces_hit_beside_a_place_a_group_holds_were_hit_by_that_group(extractor, text):
    event = code.one(extractor, text)
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Military Forces of Iraq")


def test_the_holder_of_the_place_stays_the_target_when_troops_attack_it(extractor):
    event = code.one(extractor, "Iraqi troops storm an IS-held village near Hit")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_protesters_attacked_are_ucdp_civilians():
    # UCDP codes an attack on a crowd as one-sided violence against civilians
    assert ucdp_side("Protesters (Iraq)") == "Civilians"
