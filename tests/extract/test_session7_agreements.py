"""Agreements told in a timeline's or a headline's present, and capitals told as the parties.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 6, 1), "session7-agreements")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_timeline_item_in_the_present_tells_the_agreement(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Timeline of the Sinjar dispute\n"
        "- 9 Oct 2020: Baghdad and Erbil sign the Sinjar agreement.\n"
        "- 1 May 2022: Clashes between the army and the YBS in Sinuni.\n",
    )
    agreement = next(e for e in events if e.sub_event_type == "Agreement")
    assert (agreement.date, agreement.actor1, agreement.actor2) == (
        dt.date(2020, 10, 9),
        "Government of Iraq",
        "Kurdistan Regional Government",
    )


def test_capitals_told_as_the_parties_are_not_the_place(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Baghdad and Ankara signed a security memorandum on Thursday.")
    assert (event.actor1, event.actor2, event.location) == (
        "Government of Iraq",
        "Government of Turkey",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The two sides refused to sign the agreement on Monday.",
        "Visitors must sign the register at the gate.",
    ],
)
def test_no_agreement_is_signed(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []
