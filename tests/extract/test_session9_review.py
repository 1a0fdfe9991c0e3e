"""Places a reviewer of the ninth session's rules found lost or doubled on ordinary reporting: the
place of the deed a detainee is held for, when the sentence names no other, and a site told by the
town it lies beside with no comma between. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 3, 10), "session9-review")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police arrested a man suspected of killing a prominent writer in Basra.", "Basra"),
        ("Authorities detained six people suspected of planning attacks in Baghdad.", "Baghdad"),
    ],
)
def test_the_crime_place_places_an_arrest_that_names_no_other(extractor, text, place):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Arrests"
    assert event.location == place


def test_the_crime_place_still_gives_way_to_where_the_arrest_was(extractor):
    event = code.one(extractor, "Police in Kirkuk arrested a man suspected of killing a farmer in Hawija.")
    assert event.location == "Kirkuk"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Demonstrators blocked the entrance to the Umm Qasr port south of Basra on Monday.", "Umm Qasr"),
        ("Protesters gathered in Zubair south of Basra on Monday.", "Zubair"),
    ],
)
def test_a_site_told_by_a_nearby_town_without_a_comma_is_one_event(extractor, text, place):
    event = code.one(extractor, text)
    assert event.location == place
