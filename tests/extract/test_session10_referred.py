"""Deeds only referred to in a sentence that tells another event (tenth session): the riot men are
held for, a string of killings that cost an officer his post, and the day of the deed an arrest is
for; and a force fired on as it pulls out. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2019, 12, 12), "session10-referred")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_men_held_for_a_riot_are_an_arrest_not_a_riot(extractor):
    event = code.one(
        extractor,
        "Police in Nasiriyah detained nine young men accused of taking part in the riots on Tuesday.",
    )
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Iraq")


def test_an_officer_sacked_after_a_string_of_killings_is_his_removal_not_an_attack(extractor):
    events = code(
        extractor,
        "The interior minister removed the Amarah police chief on Sunday after a string of assassinations "
        "of activists in the city.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Other", "Government of Iraq", "Police Forces of Iraq")
    ]


def test_the_day_after_an_accusation_dates_the_deed_not_the_arrest(extractor):
    event = code.one(
        extractor,
        "Police in Basra on Wednesday detained six men accused of burning the offices of a party last month.",
    )
    assert (event.sub_event_type, event.date) == ("Arrests", dt.date(2019, 12, 11))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on an army unit as it withdrew from the village of Albu Bali on Monday, killing two soldiers.",
        "Militants ambushed a police convoy while it was pulling out of the town of Baiji on Monday, wounding four.",
    ],
)
def test_a_force_fired_on_as_it_leaves_is_attacked_not_handing_over_ground(extractor, text):
    event = code.one(extractor, text)
    assert event.event_type == "Battles"
    assert event.date == dt.date(2019, 12, 9)


def test_villagers_killed_by_militants_are_no_mob(extractor):
    event = code.one(
        extractor,
        "Four villagers were killed on Tuesday when Islamic State militants attacked a hamlet near Khanaqin.",
    )
    assert (event.event_type, event.actor1) == ("Violence against civilians", "Islamic State (Iraq)")


def test_villagers_who_beat_a_man_are_still_a_mob(extractor):
    event = code.one(extractor, "Villagers beat a suspected car thief to death near Hawija on Tuesday.")
    assert event.sub_event_type == "Mob violence"


def test_soldiers_and_villagers_killed_late_in_an_attack_make_a_battle_with_the_soldiers(extractor):
    event = code.one(
        extractor,
        "Six soldiers and two villagers were killed late on Tuesday when Islamic State militants attacked "
        "a village near Tuz Khurmatu.",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        "Islamic State (Iraq)",
        "Military Forces of Iraq",
    )
    assert event.fatalities_low == 8


def test_a_crowd_that_protests_a_deadly_strike_takes_none_of_its_dead(extractor):
    event = code.one(
        extractor,
        "Thousands of mourners stormed the gate of the US embassy in Baghdad on Tuesday in protest at air "
        "strikes that killed 25 Kataib Hezbollah fighters.",
    )
    assert (event.event_type, event.fatalities_low) == ("Riots", None)
