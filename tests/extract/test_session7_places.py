"""Places told one inside the other in a single phrase ("the embassy in Baghdad's Green Zone") are
one place, the inner one; places told side by side stay separate events. Sentences written for
tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2020, 1, 9), "session7-places")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_site_named_inside_a_zone_is_one_event_at_the_site(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Two rockets landed near the US embassy in Baghdad's Green Zone overnight, causing no casualties.",
    )
    assert event.location == "United States Embassy in Baghdad"
    assert event.admin1 == "Baghdad"


def test_sites_named_side_by_side_stay_two_events(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "Gunmen attacked a police station in Karrada and a checkpoint in Dora on Sunday."
    )
    assert sorted(e.location or "" for e in events) == ["Dora", "Karrada"]


def test_a_site_fired_at_is_where_the_event_was(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "KH fighters fired rockets at the US embassy in Baghdad on Monday.")
    assert (event.location, event.actor1) == ("United States Embassy in Baghdad", "Kataib Hezbollah")


def test_a_capitalised_article_still_opens_a_place_name(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Students protested at As Sulaymaniyah university on Monday.")
    assert event.admin1 == "Sulaymaniyah"
