"""Thirteenth session, the sides a wire headline names: a group's claim of an attack told as a noun a
few words on, a force's push told by its grip on the enemy or by the fire that slows it, a force's
own toll in its offensive, and a headline after a semicolon that names the doer of an attack told
before it (also when a claim clause stands between). Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2016, 5, 30), "ucdp-session13")


def test_a_claim_of_an_attack_told_as_a_noun_names_its_doer(extractor):
    event = code.one(
        extractor, "Islamic State says it targeted Yazidi families in a night attack near Sinjar"
    )
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 == "Civilians (Iraq)"


def test_a_claim_of_an_attack_on_troops_is_the_group_on_the_troops(extractor):
    event = code.one(extractor, "IS says it targeted an army convoy in a dawn attack near Baiji")
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Military Forces of Iraq")


def test_a_threat_of_attacks_is_no_claim(extractor):
    assert code(extractor, "IS says it will carry out more attacks in Baghdad") == []


def test_a_force_that_squeezes_the_group_fights_it(extractor):
    event = code.one(extractor, "Peshmerga fighters squeeze Islamic State supply routes west of Kirkuk")
    assert event.event_type == "Battles"
    assert {event.actor1, event.actor2} == {"Peshmerga", "Islamic State (Iraq)"}


def test_a_force_that_steps_up_pressure_on_the_group_fights_it(extractor):
    event = code.one(extractor, "Iraqi troops step up pressure on Islamic State fighters south of Kirkuk")
    assert event.event_type == "Battles"
    assert {event.actor1, event.actor2} == {"Military Forces of Iraq", "Islamic State (Iraq)"}


def test_a_budget_squeezed_is_no_fight(extractor):
    assert code(extractor, "Government squeezes budget for the army in Baghdad") == []


def test_a_force_slowed_by_snipers_is_in_a_fight(extractor):
    event = code.one(extractor, "Iraqi forces slowed by snipers in central Ramadi")
    assert event.event_type == "Battles"
    assert "Military Forces of Iraq" in (event.actor1, event.actor2)


def test_a_force_wounded_in_its_offensive_was_fighting(extractor):
    event = code.one(extractor, "Hundreds of Iraqi soldiers wounded in Mosul op, officers say")
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == "Military Forces of Iraq"


def test_civilians_killed_in_an_operation_are_no_fight_of_theirs(extractor):
    assert code(extractor, "Civilians killed in army operation in Hawija") == []


def test_a_later_headline_that_names_the_bomber_names_the_doer(extractor):
    event = code.one(
        extractor,
        "Suicide car bomb kills 20 in Baghdad; IS bomber blows himself up at a Baghdad market, 20 dead",
    )
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Civilians (Iraq)")


def test_a_later_headline_after_a_claim_clause_is_still_read(extractor):
    events = code(
        extractor,
        "Suicide car bomb kills 20 in Baghdad; Car bomb hits a square in Kadhimiya; Islamic State claims "
        "the Kadhimiya blast; IS suicide bomber kills 20 at a Baghdad market",
    )
    bombing = next(e for e in events if e.sub_event_type == "Suicide bomb")
    assert bombing.actor1 == "Islamic State (Iraq)"
    assert "Islamic State (Iraq)" not in (bombing.actor2,)
