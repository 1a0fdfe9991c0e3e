"""Days told by the month's date alone, by the weekend, and by "the day before yesterday".
Texts written for tigris; the story is published on Tuesday 12 November 2019."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.dates import find_dates

TUESDAY = dt.date(2019, 11, 12)
code = Coder(TUESDAY, "session8-dates")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "when, day",
    [
        ("on the 7th", dt.date(2019, 11, 7)),
        ("on the 27th", dt.date(2019, 10, 27)),  # still to come this month: the month before
        ("over the weekend", dt.date(2019, 11, 9)),
        ("last weekend", dt.date(2019, 11, 9)),
        ("the day before yesterday", dt.date(2019, 11, 10)),
    ],
)
def test_the_event_gets_the_day_the_story_means(extractor, when, day):
    event = code.one(extractor, f"Gunmen assassinated a lawyer in Amara {when}.")
    assert event.date == day


def test_the_weekend_is_a_span_not_a_day():
    (found,) = find_dates("Two rockets fell on the base over the weekend.", TUESDAY, None)
    assert (found.date, found.date_end, found.precision) == (
        dt.date(2019, 11, 9),
        dt.date(2019, 11, 10),
        "week",
    )


def test_last_weekend_told_on_a_sunday_is_the_weekend_before():
    sunday = dt.date(2019, 11, 10)
    (found,) = find_dates("Two rockets fell on the base last weekend.", sunday, None)
    assert found.date == dt.date(2019, 11, 2)


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out on the 7th floor of the ministry.",
        "Soldiers of the 7th Brigade held the bridge.",
    ],
)
def test_an_ordinal_that_is_no_day_of_the_month_dates_nothing(text):
    assert [d for d in find_dates(text, TUESDAY, None) if d.kind == "ordinal_day"] == []


def test_last_week_is_still_the_week_before():
    (found,) = find_dates("Protesters marched in Nasiriyah last week.", TUESDAY, None)
    assert (found.date, found.precision) == (dt.date(2019, 11, 4), "week")
