"""One event told on in a second sentence stays one event: the weapons of the assault, the
reinforcements sent into the fight, what the strikes destroyed. And a named victim assassinated is
one dead. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 5, 10), "session7-one-event")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        (
            "Islamic State fighters attacked an army post near Tuz Khurmatu overnight, killing four soldiers. "
            "The attackers used sniper rifles and rocket-propelled grenades in the assault on the post.",
            "Armed clash",
        ),
        (
            "Islamic State fighters attacked an army post near Tuz Khurmatu overnight, killing four soldiers. "
            "Reinforcements arrived and the fighting lasted two hours.",
            "Armed clash",
        ),
        (
            "Turkish jets struck PKK positions in the Qandil mountains on Tuesday. The defence ministry said "
            "the strikes destroyed shelters and ammunition depots used by the militants.",
            "Air/drone strike",
        ),
    ],
)
def test_an_event_told_on_is_one_event(extractor: RuleExtractor, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in code(extractor, text)] == [sub_event_type]


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        (
            "Militants used rockets to attack the base near Balad on Monday.",
            "Shelling/artillery/missile attack",
        ),
        ("Gunmen armed with grenades attacked a police post in Kirkuk on Monday.", "Grenade"),
        ("Reinforcements arrived in Sinjar on Monday.", "Change to group/activity"),
        ("Troops destroyed a weapons cache near Baiji on Monday.", "Disrupted weapons use"),
    ],
)
def test_the_same_words_alone_are_still_events(
    extractor: RuleExtractor, text: str, sub_event_type: str
) -> None:
    assert [e.sub_event_type for e in code(extractor, text)] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen assassinated the activist Ihab al-Wazni outside his home in Karbala on Sunday.",
        "Gunmen assassinated the prominent civil society activist Fahim al-Taie in Karbala on Sunday.",
    ],
)
def test_a_named_person_assassinated_is_one_dead(extractor: RuleExtractor, text: str) -> None:
    assert code.one(extractor, text).fatalities == 1


@pytest.mark.parametrize(
    "text",
    [
        "PMF units clashed with Islamic State near Baiji on Monday, killing five militants.",
        "Hashd units clashed with Daesh remnants near Baiji on Monday, killing five militants.",
    ],
)
def test_a_toll_told_after_the_fight_keeps_the_sides_in_order(extractor: RuleExtractor, text: str) -> None:
    event = code.one(extractor, text)
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Popular Mobilization Forces",
        "Islamic State (Iraq)",
        5,
    )
