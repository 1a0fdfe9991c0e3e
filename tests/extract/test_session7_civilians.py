"""Killings told by what was found and how the victims died: bodies found shot, a person found dead
with gunshot wounds, a shepherd beheaded. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2019, 11, 12), "session7-civilians")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, dead",
    [
        (
            "The bodies of three young men, shot in the head, were found dumped in a field near Baquba on Monday.",
            3,
        ),
        ("An activist was found dead in his car in Basra on Monday with gunshot wounds, police said.", 1),
        ("Islamic State fighters beheaded a shepherd they accused of spying near Rutba on Monday.", 1),
    ],
)
def test_a_killing_told_by_its_victims_is_an_attack(extractor: RuleExtractor, text: str, dead: int) -> None:
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor2, event.fatalities) == ("Attack", "Civilians (Iraq)", dead)


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of three men were found in a field near Baquba on Monday.",
        "A man was found dead in his flat in Erbil on Monday; police suspect a heart attack.",
    ],
)
def test_a_death_with_no_sign_of_violence_is_no_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_a_soldier_shot_in_clashes_stays_a_clash(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "The body of a soldier, shot during clashes last week, was recovered from the river near Baiji on Monday.",
    )
    assert event.sub_event_type == "Armed clash"
