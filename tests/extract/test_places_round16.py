"""Round 16 actor rules: forces that report their own kills, groups that hold the place fought
for, and "jihadists" as the Islamic State from 2013."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2016, 5, 3), "round16")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_army_saying_it_killed_fighters_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Army says it killed 40 Islamic State fighters near Tikrit")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_army_reporting_enemy_dead_in_headline_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Iraqi army says 45 IS fighters killed in Samarra push")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_turkish_military_saying_it_killed_kurdish_militants(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Turkish military says 17 Kurdish fighters killed in strikes on Qandil")
    assert (event.actor1, event.actor2) == ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")


def test_police_telling_of_a_bombing_stay_the_source(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Police say a car bomb has killed 11 civilians in a Baghdad market")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_group_holding_the_village_is_the_side_attacked(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Iraqi troops storm IS-held village south of Mosul")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_jihadist_held_town(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Iraqi forces push into jihadist-held town west of Ramadi")
    assert event.actor2 == "Islamic State (Iraq)"


def test_jihadists_are_the_islamic_state_after_2013(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Iraqi troops shell besieged Baiji jihadists")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_jihadists_killed_in_air_strikes(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Thirty jihadists killed in coalition air strikes near Hit")
    assert event.actor2 == "Islamic State (Iraq)"


def test_jihadists_before_2013_are_not_the_islamic_state(extractor: RuleExtractor) -> None:
    events = code(extractor, "Iraqi troops shell besieged Baiji jihadists", dt.date(2007, 5, 3))
    assert events and all(e.actor2 != "Islamic State (Iraq)" for e in events)
