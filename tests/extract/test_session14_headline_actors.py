"""Session 14, the sides of short news headlines: a second clause with a subject of its own lends no
side to the first clause's event, a dotted abbreviation that closes a headline as its source is no
target, the armed group listed among the dead of a strike is its target, and the force that holds a
security building attacked is struck. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2016, 5, 30), "headline-actors-session14")


def test_a_second_clause_with_its_own_subject_lends_no_target(extractor):
    events = code(extractor, "Bombs kill nine people around Kirkuk, coalition targets Islamic State")
    first = next(e for e in events if e.fatalities == 9)
    assert first.sub_event_type == "Remote explosive/landmine/IED"
    assert (first.actor1, first.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


def test_a_second_clause_that_tells_a_strike_is_an_event_of_its_own(extractor):
    events = code(extractor, "Blasts kill nine people across Kirkuk, US-led coalition strikes Islamic State")
    blasts = next(e for e in events if e.fatalities == 9)
    assert blasts.sub_event_type == "Remote explosive/landmine/IED"
    assert blasts.actor2 == "Civilians (Iraq)"
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert (strike.actor1, strike.actor2) == ("Global Coalition Against Daesh", "Islamic State (Iraq)")


def test_a_clause_that_only_adds_the_toll_stays_one_event(extractor):
    event = code.one(extractor, "Car bomb hits Baghdad market, kills 12")
    assert event.fatalities == 12
    assert event.actor2 == "Civilians (Iraq)"


def test_a_dotted_abbreviation_that_closes_a_headline_is_its_source(extractor):
    event = code.one(extractor, "Two medics killed in shelling in Falluja, U.N. says")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor2 != "United Nations"
    assert event.fatalities == 2


def test_the_dotted_source_told_in_the_past_is_a_source_too(extractor):
    event = code.one(extractor, "Aid workers wounded in mortar fire on Falluja, the U.N. said")
    assert "United Nations" not in (event.actor1, event.actor2)


def test_an_armed_group_listed_among_the_dead_of_a_strike_is_its_target(extractor):
    event = code.one(extractor, "Civilians, IS militants killed in east Hawija school strike, witnesses say")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 == "Islamic State (Iraq)"


def test_civilians_and_the_group_killed_in_an_air_strike(extractor):
    event = code.one(extractor, "Civilians and Islamic State fighters killed in Tal Afar air strike")
    assert event.actor2 == "Islamic State (Iraq)"


def test_civilians_alone_killed_in_a_site_strike(extractor):
    event = code.one(extractor, "Civilians killed in west Mosul market strike")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 == "Civilians (Iraq)"


def test_a_general_strike_hits_no_site(extractor):
    # review: the list must hold the event, so that an empty list cannot pass
    events = code(extractor, "Police shot dead two protesters in Basra on Sunday during a general strike.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_an_attack_on_the_intelligence_hq_strikes_the_service(extractor):
    event = code.one(extractor, "Attack on intelligence HQ in Tikrit kills five")
    assert event.event_type == "Battles"
    assert event.actor2 == "Government of Iraq"


def test_a_suicide_attack_on_the_intelligence_building_strikes_the_service(extractor):
    event = code.one(extractor, "Suicide attack on intelligence headquarters in Kirkuk kills seven")
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor2 == "Government of Iraq"


def test_an_attack_on_a_police_station_is_a_fight_with_the_police(extractor):
    event = code.one(extractor, "Attack on police station in Samarra kills four")
    assert event.event_type == "Battles"
    assert event.actor2 == "Police Forces of Iraq"


def test_an_attack_on_a_mosque_stays_an_attack_on_civilians(extractor):
    event = code.one(extractor, "Attack on Shiite mosque in Samarra kills four")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 == "Civilians (Iraq)"


def test_medics_killed_in_shelling_are_civilians(extractor):
    event = code.one(extractor, "Two medics killed in shelling in Falluja, U.N. says")
    assert event.actor2 == "Civilians (Iraq)"


def test_aid_workers_killed_with_no_count_are_civilians_and_no_toll(extractor):
    event = code.one(extractor, "Aid workers killed in mortar fire on Falluja")
    assert event.actor2 == "Civilians (Iraq)"
    assert event.fatalities == 0
