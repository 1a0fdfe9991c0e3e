"""Rules from the ninth development set (part A): dated lines of a year-end timeline, a weekly rite
beside a calendar day, words that open like a month, an interpreter counted among the dead, and a
legislature's vote that ratifies a pact. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2012, 12, 31), "gold9-part-a")  # a Monday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_timeline_line_in_late_december_tells_a_january_gone_by(extractor):
    text = (
        "The year in Anbar\n"
        "20 January - Gunmen kill a police colonel at his home in Hit.\n"
        "9 June - A roadside bomb wounds four soldiers near Rutba."
    )
    dates = sorted(e.date for e in code(extractor, text))
    assert dates[0] == dt.date(2012, 1, 20)


def test_friday_prayers_beside_a_calendar_day_tell_the_hour_not_the_day(extractor):
    text = (
        "Twelve months in Nineveh\n"
        "3 February - Police open fire on demonstrators in Mosul after Friday prayers, killing two.\n"
        "14 May - Gunmen kill a judge in Tal Afar."
    )
    fire = [e for e in code(extractor, text) if e.location == "Mosul"]
    assert fire and fire[0].date == dt.date(2012, 2, 3)


def test_a_count_of_marines_is_no_day_of_march(extractor):
    text = "Hit log, week to 10 August\nAugust 8: A roadside bomb near Hit killed 4 Marines."
    event = code.one(extractor, text)
    assert event.date == dt.date(2012, 8, 8)


def test_their_interpreter_is_counted_with_the_soldiers(extractor):
    text = "A roadside bomb near Hit killed three Marines and their interpreter on Sunday, the military said."
    assert code.one(extractor, text).fatalities == 4


def test_a_parliament_that_ratifies_a_pact_agrees_to_it(extractor):
    text = "Parliament ratified the security pact by a show of hands on Sunday after a long debate."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Council of Representatives of Iraq"


def test_a_ground_assault_into_a_city_is_a_battle_of_the_force_not_its_ally(extractor):
    text = (
        "Coalition forces, fighting alongside Iraqi army units, launched a ground assault into Samarra "
        "on Sunday to drive out the insurgents."
    )
    events = code(extractor, text, dt.date(2004, 10, 4))  # a Monday
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Multi-National Force – Iraq"


def test_captors_who_also_shoot_the_driver_tell_an_abduction_and_a_killing(extractor):
    text = (
        "MOSUL, May 2 (Tigris Wire) - Gunmen seized a Turkish engineer in Mosul on Tuesday and shot "
        "dead his driver."
    )
    kinds = sorted((e.sub_event_type, e.fatalities) for e in code(extractor, text, dt.date(2012, 5, 2)))
    assert kinds == [("Abduction/forced disappearance", 0), ("Attack", 1)]


def test_a_person_s_interpreter_shot_dead_is_one_dead(extractor):
    text = "Gunmen shot dead her interpreter outside a hotel in Basra on Sunday, police said."
    assert code.one(extractor, text).fatalities == 1


def test_marines_with_no_flag_in_the_occupation_years_are_american(extractor):
    text = "A roadside bomb near Hit killed five Marines on patrol on Sunday, the military said."
    events = code(extractor, text, dt.date(2006, 5, 8))
    assert len(events) == 1
    event = events[0]
    assert event.actor2 == "Military Forces of the United States"


def test_a_market_full_of_shoppers_is_a_bomb_on_civilians(extractor):
    text = (
        "A suicide bomber drove a truck into the vegetable market in Hilla this afternoon, as the stalls "
        "were full of shoppers. Officials say 40 people were killed."
    )
    assert code.one(extractor, text).actor2 == "Civilians (Iraq)"


def test_a_parliament_vote_after_a_line_set_in_baghdad_is_placed_in_baghdad(extractor):
    text = (
        "THE WEEK, 2-8 June 2008\n"
        "June 3 - Thousands of students marched across Tahrir Square in Baghdad against power cuts.\n"
        "June 8 - Parliament ratified the security pact by a show of hands."
    )
    pact = [e for e in code(extractor, text, dt.date(2008, 6, 9)) if e.sub_event_type == "Agreement"]
    assert len(pact) == 1 and pact[0].location == "Baghdad"
