"""Twelfth session: the deed someone is accused of complicity in is referred to, not reported (the
accusation names no doer); an embassy of a state added to the knowledge base is its government; a
state executing convicts is no attack. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2020, 5, 7), "session12-referred")


def test_complicity_in_an_earlier_strike_is_no_new_strike(extractor):
    events = code(
        extractor,
        "The new premier ran the intelligence service for four years. An armed faction had accused him of "
        "complicity in the January drone strike at Baghdad airport.",
    )
    assert events == []


def test_the_killing_told_beside_an_accusation_is_still_coded(extractor):
    (event,) = code(
        extractor,
        "Gunmen shot dead two activists in Basra on Tuesday. Their families accused the local police of "
        "complicity in the killing.",
    )
    assert event.sub_event_type == "Attack"
    assert (event.admin1, event.fatalities) == ("Basra", 2)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_an_embassy_of_a_state_the_knowledge_base_added_is_its_government(extractor):
    event = code.one(
        extractor, "A roadside bomb hit a Japanese embassy car in Baghdad on Monday, wounding two guards."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2 == "Government of Japan"


def test_the_state_executing_convicts_is_no_attack(extractor):
    assert (
        code(extractor, "Iraq executed 21 men convicted of terrorism on Monday, the justice ministry said.")
        == []
    )


def test_an_armed_group_executing_its_captives_is_still_an_attack(extractor):
    event = code.one(
        extractor, "Islamic State militants executed 12 men they had convicted of spying in Mosul on Monday."
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 12)
    assert event.actor1 == "Islamic State (Iraq)"
