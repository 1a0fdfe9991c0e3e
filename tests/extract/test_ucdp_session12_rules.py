"""Twelfth session, wire headlines: a name and a violent verb that the export ran together are read
apart, a group's men told with a word of how they fight ("suicide attackers") are that group's own,
a state that condemns a deed speaks of it without taking part, a group's cleric or judge killed is
its own man struck, a force that faces fire comes under it, a group that says it attacked is the
doer, and a claim that names a town names the attack told there. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

from tigris.ingest import make_document

code = Coder(dt.date(2015, 6, 12), "ucdp-session12")


def test_a_verb_glued_to_the_name_before_it_is_read_apart(extractor):
    event = code.one(extractor, "Islamic Statekills four border policemen near Rutba")
    assert event.event_type == "Battles"
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Police Forces of Iraq")
    assert event.fatalities == 4


def test_a_verb_glued_to_the_name_after_it_is_read_apart(extractor):
    event = code.one(extractor, "Kurdish Peshmerga killsIslamic State commander west of Kirkuk")
    assert (event.actor1, event.actor2) == ("Peshmerga", "Islamic State (Iraq)")


def test_real_words_ending_in_a_verb_stay_whole():
    text = "Counterattacks and Skills: Thunderstorms slow the Iraqi advance; Unskilled Workers Rally"
    assert make_document(text, "test").text == text


def test_suicide_attackers_after_a_group_are_its_men_and_the_base_is_struck(extractor):
    event = code.one(extractor, "ISIL suicide attackers storm an army base west of Samarra")
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Military Forces of Iraq")


def test_a_state_that_condemns_the_bombing_is_neither_victim_nor_place(extractor):
    event = code.one(extractor, "Car bombs kill 11 in Karbala; Iran condemns the attack on its pilgrims")
    assert event.actor2 == "Civilians (Iraq)"
    assert event.location == "Karbala"
    assert event.fatalities == 11


def test_a_groups_cleric_killed_in_a_strike_is_the_target_not_the_striker(extractor):
    event = code.one(extractor, "Islamic State mufti killed in an air strike south of Mosul")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 == "Islamic State (Iraq)"
    assert event.actor1 != "Islamic State (Iraq)"


def test_a_groups_judge_killed_with_no_doer_told_fought_someone(extractor):
    event = code.one(extractor, "Senior Islamic State-linked judge killed near Hawija")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Islamic State (Iraq)")


def test_a_cleric_killed_by_gunmen_with_no_group_stays_a_civilian(extractor):
    event = code.one(extractor, "Prominent Sunni cleric shot dead by gunmen in Basra")
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Civilians (Iraq)"


def test_a_force_that_faces_sniper_fire_is_fired_on(extractor):
    event = code.one(extractor, "Iraqi troops face heavy sniper fire in western Mosul")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")


def test_a_force_that_came_under_sniper_fire_fought_and_was_not_an_attack_on_civilians(extractor):
    event = code.one(extractor, "Kurdish police came under sniper fire outside Kirkuk on Tuesday")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_criticism_faced_is_no_fire(extractor):
    assert code(extractor, "The oil minister faces fire from lawmakers over the new budget") == []


def test_a_group_that_says_it_ambushed_a_convoy_did_it(extractor):
    event = code.one(extractor, "Islamic State says it ambushed an army convoy near Baiji")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Military Forces of Iraq")


def test_a_group_that_said_it_attacked_in_running_text_did_it(extractor):
    event = code.one(extractor, "The PKK said it attacked a Turkish army outpost near Amadiya on Sunday.")
    assert event.actor1 == "PKK: Kurdistan Workers Party"
    assert event.actor2 == "Military Forces of Turkey"


def test_a_claim_that_names_a_town_goes_to_the_attack_told_there(extractor):
    events = code(
        extractor,
        "A car bomb killed five people in Tikrit on Monday. Another bomb killed three in Samarra. "
        "The Islamic State claimed the Tikrit bombing.",
    )
    doers = {e.location: e.actor1 for e in events}
    assert doers == {"Tikrit": "Islamic State (Iraq)", "Samarra": "Unidentified Armed Group (Iraq)"}


def test_a_claim_that_names_no_town_still_goes_to_the_last_attack(extractor):
    events = code(
        extractor,
        "A car bomb killed five people in Tikrit on Monday. Another bomb killed three in Samarra. "
        "The Islamic State claimed the attack.",
    )
    doers = {e.location: e.actor1 for e in events}
    assert doers == {"Tikrit": "Unidentified Armed Group (Iraq)", "Samarra": "Islamic State (Iraq)"}


def test_a_states_press_named_as_the_source_is_no_party(extractor):
    event = code.one(extractor, "Iran media report rocket attack on US base near Erbil")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Military Forces of the United States"
    assert event.location == "Erbil"
