"""Thirteenth session: two states that agree on a pact aimed at a group are the parties, not the
group; captives released after their captivity, or named by how they were taken, are a release
(an agreement), unless a raid freed them. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2019, 3, 12), "session13-agreements")


def test_the_group_a_pact_is_aimed_at_is_no_party(extractor):
    event = code.one(
        extractor, "Iraq and Turkey agreed on Tuesday to set up a joint operations centre against the PKK."
    )
    assert event.sub_event_type == "Agreement"
    assert (event.actor1, event.actor2) == ("Government of Iraq", "Government of Turkey")
    assert event.location is None


def test_hostages_released_after_their_captivity_are_a_release(extractor):
    event = code.one(
        extractor, "Kataib Hezbollah released the 26 Qatari hunters on Friday after 16 months in captivity."
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Kataib Hezbollah"
    assert event.date == dt.date(2019, 3, 8)


def test_a_kidnapped_person_freed_is_a_release(extractor):
    event = code.one(extractor, "The militia freed the kidnapped Australian researcher on Tuesday.")
    assert event.sub_event_type == "Agreement"


def test_a_captive_freed_in_a_raid_is_no_release(extractor):
    events = code(extractor, "Police freed the kidnapped girl in a raid on a farm near Baqubah on Tuesday.")
    assert all(e.sub_event_type != "Agreement" for e in events)


def test_a_partys_own_country_is_no_place_of_the_agreement(extractor):
    event = code.one(extractor, "Iraq and the United States agreed on Monday to end the combat mission.")
    assert (event.actor1, event.actor2) == ("Government of Iraq", "Government of the United States")
    assert event.location is None
