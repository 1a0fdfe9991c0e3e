"""A deed told with no place of its own, right after a sentence that names where (tenth session).
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2020, 7, 7), "session10-places")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_killing_with_no_place_happened_where_the_sentence_before_was(extractor):
    event = code.one(
        extractor,
        "1/ Awful news from Karrada tonight. A well-known lawyer was shot dead late on Monday outside his office.",
    )
    assert (event.location, event.admin1) == ("Karrada", "Baghdad")


def test_a_place_named_long_before_is_not_carried(extractor):
    event = code.one(
        extractor,
        "Shopkeepers in Karrada said trade was slow last week. Officials praised a new clinic. "
        "Residents complained about power cuts. A well-known lawyer was shot dead late on Monday outside his office.",
    )
    assert event.location is None
