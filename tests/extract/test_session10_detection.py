"""Events told in words the rules did not know (tenth session): a drone that "fired on" its target,
an arrest of men who "had planted" a bomb (the arrest is the news, the bomb only referred to),
and a lead that only counts the strikes told below it.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 8, 18), "session10-detection")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a Turkish drone fired on a pick-up near Sinuni, killing two YBS fighters.",
        "A Turkish drone fired at a car on the road north of Sinjar on Monday, killing two fighters.",
    ],
)
def test_a_drone_that_fired_on_a_target_made_an_air_strike(extractor, text):
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.date) == (
        "Air/drone strike",
        "Military Forces of Turkey",
        dt.date(2021, 8, 16),
    )
    assert event.fatalities_low == 2


def test_soldiers_who_fired_at_a_drone_made_no_air_strike(extractor):
    assert all(
        e.sub_event_type != "Air/drone strike"
        for e in code(extractor, "Soldiers fired at a drone over the base on Monday.")
    )


def test_men_held_for_a_bomb_they_had_planted_are_an_arrest(extractor):
    event = code.one(
        extractor, "Police arrested two men in Abu Ghraib on Friday who had planted a bomb on Wednesday."
    )
    assert (event.sub_event_type, event.actor1, event.date) == (
        "Arrests",
        "Police Forces of Iraq",
        dt.date(2021, 8, 13),
    )


def test_a_lead_that_counts_the_strikes_told_below_adds_no_event_of_its_own(extractor):
    text = (
        "SINJAR, 18 August - For the second time in as many days, Turkish drones struck targets in Sinjar "
        "district.\n\nOn Monday a Turkish drone fired on a pick-up near the town, killing two YBS fighters.\n\n"
        "On Tuesday another Turkish strike hit a house in Sinuni, killing three people."
    )
    assert sorted(e.date for e in code(extractor, text)) == [dt.date(2021, 8, 16), dt.date(2021, 8, 17)]
