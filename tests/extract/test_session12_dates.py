"""Twelfth session: the weekday of a plan ("will hold a march on Friday") is a day to come, so it
dates no event told; the call is dated by when it was said, and a march that "will be held" is planned.
A deadly crowd told before the square it regrouped in keeps the place of the killing. Texts written
for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2020, 1, 21), "session12-dates")  # a Tuesday


def test_a_march_announced_for_friday_is_a_call_of_the_day_it_was_said(extractor):
    event = code.one(
        extractor,
        "Followers of the cleric will hold a large march in Baghdad on Friday against the foreign troops, "
        "the movement's office said on Tuesday.",
    )
    assert (event.sub_event_type, event.plover_type) == ("Other", "DEMAND")
    assert event.date == dt.date(2020, 1, 21)


def test_a_plan_with_no_day_said_is_dated_by_the_story_not_the_last_friday(extractor):
    event = code.one(
        extractor, "Followers of the cleric will hold a large march in Baghdad on Friday, organisers said."
    )
    assert event.plover_type == "DEMAND"
    assert event.date == dt.date(2020, 1, 21)


def test_a_weekday_before_the_plan_still_dates_the_deed(extractor):
    event = code.one(
        extractor, "Gunmen killed two policemen in Mosul on Friday, and the police will investigate."
    )
    assert event.date == dt.date(2020, 1, 17)


def test_a_march_that_will_be_held_is_planned_not_told_as_done(extractor):
    event = code.one(extractor, "His aides said the march will be held on Friday, January 24, in Baghdad.")
    assert event.sub_event_type == "Peaceful protest"
    assert (event.date, event.modality) == (dt.date(2020, 1, 24), "planned")


def test_a_deadly_crowd_told_before_a_square_keeps_the_place_of_the_killing(extractor):
    events = code(
        extractor,
        "Security forces shot dead 12 protesters in Baghdad on Sunday while clearing a bridge. Protesters "
        "regrouped in Tahrir Square and marched on a police station.",
    )
    deadly = [e for e in events if e.fatalities]
    assert len(deadly) == 1
    assert deadly[0].location == "Baghdad"
