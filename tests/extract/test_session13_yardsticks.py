"""Thirteenth session: the past an event is measured against is no running total and no date of
its own: "the deadliest since 2018" keeps the toll, "the latest in a wave of killings that began in
2019" keeps the killing and its day. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2021, 3, 10), "session13-yardsticks")


def test_the_deadliest_since_a_year_keeps_the_toll(extractor):
    event = code.one(extractor, "The bombing in Tayaran Square, the deadliest since 2018, killed 32 people.")
    assert event.fatalities == 32


def test_the_first_such_attack_since_a_year_keeps_the_toll(extractor):
    event = code.one(
        extractor,
        "A roadside bomb killed two soldiers near Tarmiyah, the first such attack in the area since 2019.",
    )
    assert event.fatalities == 2


def test_a_count_kept_since_a_month_is_still_no_toll(extractor):
    event = code.one(
        extractor,
        "A sniper killed a soldier near Tarmiyah on Monday; 14 soldiers have been killed there since January.",
    )
    assert event.fatalities == 1


def test_the_latest_in_a_wave_that_began_in_a_year_is_news(extractor):
    event = code.one(
        extractor,
        "Gunmen killed an activist in Karbala, the latest in a wave of killings that began in 2019.",
    )
    assert event.sub_event_type == "Attack"
    assert event.date == dt.date(2021, 3, 10)


def test_protests_that_began_in_a_year_stay_background(extractor):
    assert code(extractor, "The protests that began in October 2019 toppled the government.") == []


def test_a_named_victim_shot_dead_in_a_relative_clause_counts_one(extractor):
    event = code.one(
        extractor,
        "Her killing came five days after the assassination of Tahseen Osama, another protest organiser, who was "
        "shot dead at his office in Basra on Friday.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)
