"""Readings that had gone wrong: mourners who act today, the year a group was formed told to
describe it, and one attack told at two sizes of place. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2020, 2, 28), "mourners-and-origins")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_families_of_the_dead_who_stage_a_sit_in_protest_today(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NASIRIYAH, Feb 28 — Families of those killed in the clashes staged a sit-in outside the "
        "governorate building on Friday.",
    )
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Nasiriyah")


def test_families_of_the_dead_who_are_only_remembered_tell_no_event(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Feb 28 — Families of those killed in the 2019 protests received compensation on Friday, "
        "the ministry said."
    )
    assert code(extractor, text) == []


def test_the_year_a_group_was_formed_describes_it(extractor: RuleExtractor) -> None:
    text = (
        "These brigades were formed after the cleric's 2014 call to arms, and their leaders say they answer "
        "to the state alone."
    )
    assert code(extractor, text) == []


def test_a_group_formed_this_week_is_still_an_event(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "BASRA, Feb 28 — A new brigade was formed in Basra on Thursday to guard the oil fields."
    )
    assert event.sub_event_type == "Change to group/activity"


def test_one_attack_told_at_a_province_and_then_at_its_town_is_one_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KIRKUK, Feb 28 — Islamic State militants attacked army posts in Kirkuk province on Thursday. The "
        "fighters stormed two posts near Hawija on Thursday, killing four soldiers.",
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Hawija", 4)]
