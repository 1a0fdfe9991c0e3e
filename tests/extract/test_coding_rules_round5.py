"""Coding rules of the fifth round (docs/codebook.md), on sentences written for these tests:
political moves in parliament, orders to stand down, captures of people, ground retaken, raids on
villages, protests shown violent later in the story, and background named before the main event."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract import rules
from tigris.extract.extractor import RuleExtractor
from tigris.types import Event

code = Coder(dt.date(2021, 5, 4), "r5")


def kinds(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events]


# trigger words ------------------------------------------------------------------------------


def test_a_vote_to_expel_a_member_is_a_demand() -> None:
    t = rules.classify("The assembly voted on Monday to expel two deputies of the opposition bloc.")
    assert t is not None
    assert (t.event_type, t.sub_event_type, t.plover_type) == ("Strategic developments", "Other", "DEMAND")
    # near miss: diplomats expelled stay no event
    assert rules.classify("The ministry expelled two diplomats over the spying row.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The federal court ended the parliamentary membership of the speaker on Monday.",
        "The provincial council removed the governor from office on Monday.",
        "The veteran cleric announced on Monday that he was quitting politics.",
    ],
)
def test_a_removal_or_a_withdrawal_from_politics_is_a_concession(sentence: str) -> None:
    t = rules.classify(sentence)
    assert t is not None
    assert (t.event_type, t.sub_event_type, t.plover_type) == ("Strategic developments", "Other", "CONCEDE")


def test_removing_a_thing_from_a_place_is_no_concession() -> None:
    assert rules.classify("Workers removed the rubble from the office on Monday.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The cleric ordered his supporters to withdraw from the parliament building on Monday.",
        "The commander told his fighters to stop shooting on Monday evening.",
    ],
)
def test_an_order_to_stand_down_is_an_agreement(sentence: str) -> None:
    t = rules.classify(sentence)
    assert t is not None
    assert (t.event_type, t.sub_event_type, t.plover_type) == ("Strategic developments", "Agreement", "AGREE")


def test_an_order_to_attack_is_no_agreement() -> None:
    t = rules.classify("The commander told his fighters to attack the checkpoint on Monday.")
    assert t is None or t.sub_event_type != "Agreement"


def test_a_named_person_captured_is_an_arrest(extractor: RuleExtractor) -> None:
    t = rules.classify("Troops captured Sheikh Hamid in the village of Albu Ajil on Monday.")
    assert t is not None and t.sub_event_type == "Arrests"
    events = code(
        extractor,
        "BAGHDAD, May 4 — Iraqi troops captured Hamid Nasser, a local militant leader, in the village "
        "of Albu Ajil near Tikrit on Monday.",
    )
    assert kinds(events) == [("Strategic developments", "Arrests")]


def test_a_town_captured_from_militants_is_no_arrest(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "BAGHDAD, May 4 — Iraqi troops captured the town of Hawija from the militants on Monday."
    )
    assert kinds(events) == [("Battles", "Government regains territory")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi troops recaptured the hospital compound in Ramadi on Monday.",
        "The defence ministry declared on Monday that Baiji had been fully liberated.",
        "The army said on Monday it had retaken the refinery.",
    ],
)
def test_ground_taken_back_is_regained_by_the_government(sentence: str) -> None:
    t = rules.classify(sentence)
    assert t is not None
    assert (t.event_type, t.sub_event_type) == ("Battles", "Government regains territory")


def test_a_raid_on_a_village_that_kills_villagers_is_an_attack() -> None:
    t = rules.classify("Gunmen on motorbikes raided a village near Khanaqin, killing eleven villagers.")
    assert t is not None
    assert (t.event_type, t.sub_event_type) == ("Violence against civilians", "Attack")


def test_meeting_little_resistance_is_no_visit() -> None:
    t = rules.classify("The troops entered the town on Monday and met little resistance.")
    assert t is None or t.plover_type != "CONSULT"


# actors settle who took the ground -----------------------------------------------------------


def test_a_foreign_states_army_regains_ground(extractor: RuleExtractor) -> None:
    events = code(extractor, "DAMASCUS, May 4 — The Syrian army retook the town of Palmyra on Monday.")
    assert kinds(events) == [("Battles", "Government regains territory")]


def test_the_taker_named_in_the_wording_wins_over_the_source(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 4 — An army spokesman said that Islamic State militants took the town of Hit "
        "on Monday.",
    )
    assert kinds(events) == [("Battles", "Non-state actor overtakes territory")]


# protests shown violent later in the story ---------------------------------------------------


def test_a_protest_shown_violent_in_the_next_sentence_is_a_riot(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "NASIRIYAH, May 4 — Hundreds of graduates protested outside the governorate building in "
        "Nasiriyah on Monday. Some of them threw stones at the guards.",
    )
    assert kinds(events) == [("Riots", "Violent demonstration")]


def test_a_protest_followed_by_a_calm_sentence_stays_peaceful(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "NASIRIYAH, May 4 — Hundreds of graduates protested outside the governorate building in "
        "Nasiriyah on Monday. They carried banners demanding jobs.",
    )
    assert kinds(events) == [("Protests", "Peaceful protest")]


# background before the main event -----------------------------------------------------------


def test_background_offensive_does_not_win_over_the_main_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "MOSUL, May 4 — After an offensive that had involved aerial bombings, the militants withdrew "
        "from the town of Qayyarah on Monday without a fight.",
    )
    assert kinds(events) == [("Strategic developments", "Non-violent transfer of territory")]


def test_a_riot_sentence_after_a_protest_makes_one_riot(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KUT, May 4 — Hundreds of contract workers protested outside the oil company offices in Kut on "
        "Monday. Protesters later hurled stones and set fire to tyres.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Iraq)")]
