"""Session 13 (dates): the day a report was made gives way to the day of the event it tells; a toll told
of an attack named by its day is that attack's; the eve of tomorrow's weekday is the story's own day; a
span counted from a dated event in an opening phrase dates the main clause. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

# a Tuesday
code = Coder(dt.date(2013, 9, 24), "session13-dates")


def _date(extractor, text: str, published: dt.date | None = None) -> dt.date:
    events = code(extractor, text, published)
    assert events, text
    return events[0].date


def test_the_day_of_the_report_gives_way_to_the_day_of_the_blast(extractor):
    text = "Police said on Tuesday that a car bomb near a mosque in Baquba had killed nine people on Sunday."
    assert _date(extractor, text) == dt.date(2013, 9, 22)


def test_the_day_of_an_announcement_gives_way_to_the_day_of_the_deed(extractor):
    text = "The interior ministry announced on Tuesday that gunmen had shot dead a judge in Mosul on Monday."
    assert _date(extractor, text) == dt.date(2013, 9, 23)


def test_the_day_of_the_report_stays_when_the_deed_has_no_day(extractor):
    text = "Police said on Monday that a roadside bomb had killed two soldiers near Tarmiyah."
    assert _date(extractor, text) == dt.date(2013, 9, 23)


def test_a_toll_told_of_an_attack_named_by_its_day_is_that_attacks(extractor):
    text = "Officials said on Tuesday that 14 people were killed in Sunday's bombing of a cafe in Kirkuk."
    assert _date(extractor, text) == dt.date(2013, 9, 22)


def test_an_attack_named_by_its_day_that_killed_people_is_dated_by_that_day(extractor):
    text = "Medics said on Tuesday that Saturday's blasts at a market in Hilla had killed 20 shoppers."
    assert _date(extractor, text) == dt.date(2013, 9, 21)


def test_the_eve_of_tomorrows_vote_is_the_storys_day(extractor):
    # a Friday story; the vote is on the Saturday to come
    text = "On the eve of Saturday's provincial election, a bomb killed three policemen guarding a school in Samarra."
    assert _date(extractor, text, dt.date(2013, 4, 19)) == dt.date(2013, 4, 19)


def test_two_days_after_a_dated_attack_counts_from_its_day(extractor):
    text = "Two days after the bombing of a Shiite mosque on September 18, gunmen killed a cleric in Tuz Khurmatu."
    assert _date(extractor, text) == dt.date(2013, 9, 20)


def test_a_day_still_to_come_leaves_the_announcement_its_day(extractor):
    text = (
        "The governor of Basra said on Monday he will step down as governor on October 1, in a letter to "
        "the provincial council."
    )
    assert _date(extractor, text) == dt.date(2013, 9, 23)


def test_a_day_after_the_story_gives_way_to_the_day_of_the_announcement(extractor):
    text = "The Basra governor announced on Monday that he would step down on October 1."
    assert _date(extractor, text) == dt.date(2013, 9, 23)
