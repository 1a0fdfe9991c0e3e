"""Thirteenth session: a count of civilians seized or taken captive is an abduction, not ground
taken; oil fields, a refinery and a dam seized are ground taken, but not the workers or engineers
named after them. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2014, 6, 20), "session13-seized")


def test_workers_captured_by_militants_are_abducted(extractor):
    event = code.one(
        extractor,
        "Islamic State fighters captured 40 Indian construction workers near Mosul, officials in New Delhi said "
        "on Thursday.",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.admin1 == "Nineveh"


def test_nationals_seized_at_a_consulate_are_abducted(extractor):
    event = code.one(
        extractor,
        "MOSUL, June 11 - Militants seized 49 Turkish nationals, among them the consul general, at the "
        "Turkish consulate in Mosul on Wednesday.",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.date == dt.date(2014, 6, 11)


def test_women_taken_captive_are_abducted(extractor):
    event = code.one(extractor, "The militants took hundreds of Yazidi women captive in Sinjar.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.location == "Sinjar"


def test_suspects_captured_by_police_stay_an_arrest(extractor):
    event = code.one(
        extractor, "Police in Basra captured three suspects in the killing of a lawyer on Tuesday."
    )
    assert event.sub_event_type == "Arrests"


def test_oil_fields_seized_with_a_town_are_ground_taken(extractor):
    event = code.one(extractor, "Islamic State seized two oil fields and the town of Tikrit on Wednesday.")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.location == "Tikrit"


def test_a_refinery_seized_is_ground_taken(extractor):
    event = code.one(extractor, "Militants seized the Baiji refinery on Wednesday after a week-long siege.")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.admin1 == "Salah al-Din"


def test_the_dams_engineers_are_no_ground(extractor):
    assert code(extractor, "The water minister took the dam's engineers to task over the leaks.") == []
