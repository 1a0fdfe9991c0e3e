"""Targets, eighteenth round: the side acted upon told by a trade, an official's belongings, a
company's staff or a supply convoy's cargo. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 3, 10), "round18")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "A sticky bomb killed a taxi driver in Abu Ghraib on Tuesday, police said.",
        "In Basra, a bomb placed under the car of a local television correspondent went off near his "
        "home on Tuesday, wounding him.",
        "A rocket struck a housing camp for staff of a foreign oil company near Basra early on Tuesday.",
    ],
)
def test_a_civilian_told_by_trade_or_employer_is_the_target(extractor: RuleExtractor, text: str) -> None:
    assert code.one(extractor, text).actor2 == "Civilians (Iraq)"


@pytest.mark.parametrize(
    "text",
    [
        "In Hit, a bomb planted at the gate of the mayor's house went off on Tuesday night.",
        "In Ramadi, a sticky bomb attached to a judge's car exploded on Tuesday morning, wounding him.",
    ],
)
def test_an_officials_house_or_car_targets_the_government(extractor: RuleExtractor, text: str) -> None:
    assert code.one(extractor, text).actor2 == "Government of Iraq"


def test_the_mayors_office_as_a_source_names_no_target(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Several mortar shells fell in open ground on the edge of Sinjar on Tuesday, the district mayor's "
        "office said.",
    )
    assert event.actor2 is None


def test_a_supply_convoy_is_the_contractors_not_the_force_it_serves(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A roadside bomb hit a convoy of Iraqi trucks carrying supplies for the US-led coalition near "
        "Yusufiyah on Tuesday.",
    )
    assert event.actor2 == "Civilians (Iraq)"
