"""Thirteenth session: an undated deed whose sentence says, in a relative clause, what "has since"
happened is the past told as background. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2020, 1, 15), "session13-has-since")


def test_a_fight_told_before_what_has_since_happened_is_background(extractor):
    assert (
        code(
            extractor,
            "His Saraya al-Salam militia fought the Islamic State alongside groups whose leaders he has since "
            "accused of corruption.",
        )
        == []
    )


def test_a_town_taken_and_since_retaken_is_background(extractor):
    assert (
        code(extractor, "Militants seized the town of Rutba, which has since been retaken by the army.") == []
    )


def test_a_dated_deed_stays_an_event(extractor):
    event = code.one(
        extractor, "Militants seized the town of Rutba on Sunday; it has since been retaken by the army."
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_what_the_killers_have_since_done_leaves_the_killing(extractor):
    event = code.one(
        extractor, "Gunmen shot dead an activist in Basra, police said; the killers have since fled."
    )
    assert event.sub_event_type == "Attack"
