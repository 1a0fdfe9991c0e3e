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
