"""Thirteenth session: an armed group's man held in the passive, with no one named who held him,
is the target of the state's arrest; a person taken into custody with a hyphenated description is
arrested. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2019, 3, 12), "session13-arrests")


def test_a_groups_man_caught_is_held_by_the_police(extractor):
    event = code.one(
        extractor,
        "A wanted ISIS financier was arrested at a checkpoint near Samarra on Tuesday, the interior ministry said.",
    )
    assert event.sub_event_type == "Arrests"
    assert (event.actor1, event.actor2) == ("Police Forces of Iraq", "Islamic State (Iraq)")


def test_the_army_holds_him_when_the_story_says_so(extractor):
    event = code.one(
        extractor,
        "Three Kataib Hezbollah members were detained in Baghdad on Tuesday, the Joint Operations Command said.",
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Kataib Hezbollah")


def test_a_figure_taken_into_custody_is_arrested(extractor):
    event = code.one(
        extractor, "Counter-terrorism troops took a senior al-Qaeda figure into custody in Falluja."
    )
    assert event.sub_event_type == "Arrests"
    assert event.actor1 == "Military Forces of Iraq"
    assert event.admin1 == "Anbar"
