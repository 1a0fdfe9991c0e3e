"""Thirteenth session: a killing told by its manner ("beheaded", "stabbed", "hanged") is reported
even with no day told, unless the word only describes the dead ("the beheaded bodies"); a body found
with the signs of a killing told after where and when it was found is the killing. Texts written
for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2015, 5, 10), "session13-killings")


def test_a_beheading_with_no_day_told_is_reported(extractor):
    event = code.one(extractor, "Islamic State militants beheaded two shepherds near Tuz Khurmatu.")
    assert event.sub_event_type == "Attack"
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Civilians (Iraq)")
    assert event.fatalities == 2


def test_a_dateline_dates_a_beheading(extractor):
    event = code.one(extractor, "MOSUL, May 9 - Militants beheaded a shopkeeper in the city.")
    assert event.date == dt.date(2015, 5, 9)
    assert event.location == "Mosul"


def test_beheaded_bodies_shown_in_a_video_are_no_event(extractor):
    assert code(extractor, "The beheaded bodies of two men were shown in the video.") == []


def test_a_body_found_with_gunshot_wounds_told_after_the_day_is_a_killing(extractor):
    event = code.one(
        extractor,
        "The body of a kidnapped doctor was found in Kirkuk on Wednesday with bullet wounds in the head.",
    )
    assert event.sub_event_type == "Attack"
    assert (event.admin1, event.fatalities) == ("Kirkuk", 1)
    assert event.date == dt.date(2015, 5, 6)


def test_a_drowned_body_is_no_killing(extractor):
    assert (
        code(
            extractor,
            "The body of a fisherman was found in the Tigris on Sunday; police said he had drowned.",
        )
        == []
    )
