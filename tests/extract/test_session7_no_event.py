"""Crowds on the move that are no demonstration: a pilgrimage on foot, fans after a match. A march
that says it protests stays a protest. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 9, 28), "session7-no-event")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of pilgrims marched on foot from Najaf to Karbala for Arbaeen on Monday.",
        "Football fans paraded through Basra on Sunday after the final whistle.",
    ],
)
def test_a_crowd_on_the_road_is_no_protest(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_a_march_that_protests_is_a_protest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Hundreds of pilgrims and residents marched in Karbala on Monday to protest against the killing of a cleric.",
    )
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Karbala")


def test_an_event_named_as_the_time_since_is_history(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Two rockets hit near Baghdad airport on Monday. The airport, which hosts US troops, has been "
        "targeted many times since the killing of Qassem Soleimani in a US drone strike there in January 2020.",
    )
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_what_a_group_does_by_habit_is_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Officials say the Islamic State still has a few thousand fighters in Iraq and Syria, who carry out "
        "hit-and-run raids and plant roadside bombs."
    )
    assert code(extractor, text) == []


def test_a_relative_clause_in_the_past_still_tells_the_event(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "It was the cell that fired rockets at Balad air base on Monday, the army said."
    )
    assert (event.sub_event_type, event.location) == ("Shelling/artillery/missile attack", "Balad Air Base")


@pytest.mark.parametrize(
    "text",
    [
        "Civil society groups protested the decision in a joint statement on Monday.",
        "The ministry protested to the Turkish ambassador over the strike on Monday.",
        "Lawmakers walked out of the session in protest on Monday.",
    ],
)
def test_a_protest_in_words_or_in_a_chamber_is_no_demonstration(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds protested outside the Turkish embassy in Baghdad on Monday against the strike.",
        "Workers walked out of the refinery in Basra on Monday to protest unpaid wages.",
    ],
)
def test_a_protest_in_the_street_is_still_a_protest(extractor: RuleExtractor, text: str) -> None:
    assert code.one(extractor, text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had killed 25 militants since the start of the operation last week.",
        "The army said a soldier was killed by friendly fire during a training exercise near Taji.",
    ],
)
def test_a_campaign_tally_or_a_drill_accident_is_no_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_an_attack_during_a_drill_is_still_a_fight(extractor: RuleExtractor) -> None:
    text = "Islamic State fighters attacked soldiers during a training exercise near Baiji on Monday, killing three."
    assert code.one(extractor, text).sub_event_type == "Armed clash"
