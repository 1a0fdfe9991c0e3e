"""Thirteenth session: a leader who announces he will step down has made the news (told as done);
a post named straight after the one elected or named to it, with no "as", is an office filled; a
march to mark a religious occasion is a rite, not a protest. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2018, 9, 16), "session13-offices")


def test_an_announced_exit_is_asserted(extractor):
    event = code.one(
        extractor, "The Kurdistan region's president Masoud Barzani announced on Sunday he would step down."
    )
    assert event.sub_event_type == "Other"
    assert event.modality == "asserted"


def test_a_resignation_on_a_condition_stays_untold(extractor):
    assert code(extractor, "Sadr said the minister would resign if he failed to restore power.") == []
    events = code(extractor, "Barzani announced he would step down if parliament rejected the deal.")
    assert all(e.modality != "asserted" for e in events)


def test_a_speaker_elected_with_no_as_is_an_office_filled(extractor):
    event = code.one(
        extractor,
        "BAGHDAD, Sept 15 - Lawmakers elected Mohammed al-Halbousi speaker of parliament on Saturday.",
    )
    assert event.sub_event_type == "Other"
    assert event.date == dt.date(2018, 9, 15)


def test_a_minister_named_with_no_as_is_an_office_filled(extractor):
    event = code.one(
        extractor, "Prime Minister Mustafa al-Kadhimi named Ali Allawi finance minister on Saturday."
    )
    assert event.sub_event_type == "Other"
    assert event.date == dt.date(2018, 9, 15)


def test_a_march_to_mark_arbaeen_is_no_protest(extractor):
    assert code(extractor, "Thousands marched in Karbala on Tuesday to mark Arbaeen.") == []


def test_a_march_with_demands_during_arbaeen_is_a_protest(extractor):
    event = code.one(
        extractor,
        "Thousands marched in Karbala on Tuesday during Arbaeen, chanting against the ruling parties.",
    )
    assert event.sub_event_type == "Peaceful protest"
