"""Errors the tenth session's review found in that session's own rules: vetoes that reached past
their phrase, a remembrance that any "mark" opened, a held town named for something else, a doer
lent between unlike attacks, a "since" clause with a day of its own, a place carried across days,
and villagers "reportedly" killed. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 6, 15), "session10-review")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, sub",
    [
        # a purchase told beside a strike vetoes only the words of the purchase
        (
            "A Turkish drone hit a pick-up near Sinuni on Tuesday, killing two PKK members, days after Ankara "
            "agreed a deal to buy more armed drones.",
            "Air/drone strike",
        ),
        # a running total told beside an attack vetoes only the total
        (
            "A roadside bomb killed two soldiers near Mishahda on Monday, the latest of dozens of attacks that "
            "have hit the area since March.",
            "Remote explosive/landmine/IED",
        ),
        # "marked the bloodiest day" is the day's news, not a remembrance
        (
            "Monday marked the worst day in Kirkuk this spring, when a suicide bomber struck a funeral tent, "
            "killing nine.",
            "Suicide bomb",
        ),
        # a "since" clause with a day of its own tells that deed
        (
            "The highway has been shut since gunmen ambushed a police convoy near Baiji on Sunday.",
            "Armed clash",
        ),
    ],
)
def test_an_event_told_beside_a_veto_phrase_is_still_coded(extractor, text, sub):
    assert [e.sub_event_type for e in code(extractor, text)] == [sub]


def test_a_remembrance_of_years_past_still_tells_no_new_killing(extractor):
    text = "Hundreds gathered in Halabja to mark 34 years since the gas attack, when jets bombed the town."
    assert code(extractor, text) == []


def test_a_town_held_by_a_group_and_named_for_something_else_names_no_doer(extractor):
    event = code.one(
        extractor,
        "Gunmen killed two soldiers at a checkpoint near Tikrit on Monday, days before the planned push on "
        "IS-held Hawija.",
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_group_named_for_one_attack_is_not_lent_to_an_unlike_one(extractor):
    events = code(
        extractor,
        "Islamic State fighters attacked an army post in Tarmiya on Monday, killing three soldiers. Gunmen also "
        "shot dead a shopkeeper in Tarmiya on Monday in a quarrel over rent, police said.",
    )
    doers = {e.sub_event_type: e.actor1 for e in events}
    assert doers["Armed clash"] == "Islamic State (Iraq)"
    assert doers["Attack"] == "Unidentified Armed Group (Iraq)"


def test_a_place_is_carried_over_one_quiet_sentence_but_not_to_another_day(extractor):
    carried = code.one(
        extractor,
        "Grim news from Adhamiya tonight. Neighbours are in shock. A retired judge was shot dead outside his home.",
    )
    assert carried.location == "Adhamiya"
    events = code(
        extractor,
        "The governor toured Kirkuk on Sunday. On Monday, a bomb planted in a car killed three people near a market.",
    )
    bombing = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert bombing.location is None


def test_villagers_reportedly_killed_are_victims_counted(extractor):
    event = code.one(
        extractor,
        "Four villagers were reportedly killed on Tuesday when Islamic State militants attacked a hamlet near "
        "Khanaqin.",
    )
    assert (event.event_type, event.fatalities_low) == ("Violence against civilians", 4)


def test_the_day_told_after_the_accusation_is_the_deed_s_not_the_arrest_s(extractor):
    event = code.one(
        extractor, "Police in Basra detained six men accused of burning the offices of a party on Saturday."
    )
    assert (event.sub_event_type, event.date) == ("Arrests", dt.date(2021, 6, 15))
