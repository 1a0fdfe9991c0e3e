"""Office changes and bases left, told in words the earlier rules missed. Sentences written for
tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 5, 12), "session7-strategic")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("Parliament voted to sack the governor of Kirkuk on Monday.", "Other"),
        ("The PMF chairman Faleh al-Fayyadh was replaced by a new commander on Monday.", "Other"),
        (
            "US troops left the Ain al-Asad base on Monday as part of the drawdown.",
            "Change to group/activity",
        ),
    ],
)
def test_a_change_of_office_or_of_base_is_coded(
    extractor: RuleExtractor, text: str, sub_event_type: str
) -> None:
    assert code.one(extractor, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "The council president Ahmed Ali was replaced as chairman of the football federation.",
        "The coach Ali Hadi was replaced at half-time on Monday.",
        "Soldiers left the base to patrol the town on Monday.",
    ],
)
def test_the_same_words_elsewhere_are_no_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []
