"""Session 14: protests and crowds. A crowd that beats a man to death with a place told between
commas is a mob; the movement's spokesmen speaking tell no rally; a consulate burned "by protesters"
told as a noun is a riot; a police line broken by "they" is the crowd's act; the bodies of
demonstrators received at a morgue are the toll of the riot told before, not a new rally; a death
from a gas canister is excessive force against protesters. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2024, 5, 2), "session14-protests")


def test_a_crowd_with_its_place_between_commas_that_beats_a_man_to_death_is_a_mob(extractor):
    events = code(
        extractor,
        "On Saturday evening a crowd near the Nasr mosque, a few streets from the camp, beat to "
        "death a young man they said had fired on the marchers.",
    )
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert (events[0].actor1, events[0].actor2, events[0].fatalities) == (
        "Rioters (Iraq)",
        "Civilians (Iraq)",
        1,
    )


def test_protest_organisers_condemning_a_killing_hold_no_rally(extractor):
    assert code(extractor, "Protest organisers in Firdos Square condemned the beating on Friday.") == []
    assert code(extractor, "Sit-in leaders in Kut said on Monday that they would not leave.") == []


def test_a_consulate_burned_by_protesters_told_as_a_noun_is_a_riot(extractor):
    events = code(
        extractor,
        "The clashes in Basra followed the burning of the Turkish consulate in Mosul by demonstrators on Sunday night.",
    )
    assert events and {e.sub_event_type for e in events} == {"Violent demonstration"}
    assert all(e.actor1 == "Rioters (Iraq)" for e in events)


def test_they_who_push_through_a_police_cordon_and_burn_are_rioters(extractor):
    events = code(
        extractor,
        "Hundreds of students gathered outside the governor's office in Kut on Sunday to mark the anniversary "
        "of the dam collapse. They pushed through the police cordon, smashed the windows and set a car on "
        "fire. Police fired into the crowd and one student was killed.",
    )
    riots = [e for e in events if e.sub_event_type == "Violent demonstration"]
    assert riots and not [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert (riots[0].actor1, riots[0].actor2, riots[0].fatalities) == (
        "Rioters (Iraq)",
        "Police Forces of Iraq",
        1,
    )


def test_bodies_of_demonstrators_received_are_the_riots_toll_not_a_new_rally(extractor):
    events = code(
        extractor,
        "Crowds stormed the governor's office in Kut on Sunday and set it on fire. Police answered with tear "
        "gas and live rounds. The morgue in Kut took in the bodies of two protesters, while 40 people were "
        "treated for bullet wounds.",
    )
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert (events[0].fatalities, events[0].injured) == (2, 40)


def test_a_death_from_a_gas_canister_is_excessive_force_against_protesters(extractor):
    events = code(
        extractor,
        "A 19-year-old was killed by a tear gas canister fired by riot police in Nasiriyah on Monday.",
    )
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert (events[0].actor1, events[0].actor2) == ("Protesters (Iraq)", "Police Forces of Iraq")
    events = code(
        extractor,
        "Riot police on Sinak bridge fired tear gas at the crowd on Sunday. A student died after a tear gas "
        "canister struck him in the chest, medics said.",
    )
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities == 1


def test_young_men_who_burst_into_a_ministry_or_terminal_riot(extractor):
    events = code(
        extractor,
        "Scores of jobless young men burst into the oil ministry in Basra on Sunday and overturned desks "
        "before police led them out.",
    )
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert (events[0].actor1, events[0].location) == ("Rioters (Iraq)", "Basra")
