"""Captives freed by force are not released by agreement, and the guards against crime and
anniversaries leave political events alone (fifteenth round): sentences written for tigris."""

from __future__ import annotations

import pytest

from tigris.extract.rules import classify


def test_a_raid_that_frees_hostages_is_not_coded_as_their_release():
    trigger = classify(
        "A US soldier was killed on Thursday during a raid with Kurdish commandos on an Islamic State "
        "prison near Hawija that freed about 70 captives, the Pentagon said."
    )
    assert trigger is not None
    assert trigger.sub_event_type != "Agreement"
    assert trigger.event_type == "Battles"


def test_captives_set_free_by_their_kidnappers_stay_an_agreement():
    trigger = classify(
        "Twenty-six Qatari hunters were set free on Friday, sixteen months after gunmen seized them."
    )
    assert trigger is not None
    assert trigger.sub_event_type == "Agreement"


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        # "marked by" tells what happened that day; "to mark" an anniversary does not
        ("The day was marked by a suicide bombing that killed 12 people in Baghdad.", "Suicide bomb"),
        # an armed group named makes a killing political, whatever the family ties
        ("Islamic State gunmen killed his brother and two cousins near Tarmiyah on Sunday.", "Attack"),
        # militants who stole weapons are arrested as militants, not as thieves
        ("Police arrested three IS militants who had stolen weapons from an army depot.", "Arrests"),
    ],
)
def test_guards_against_crime_and_anniversaries_leave_political_events_alone(sentence, sub):
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested a gang that stole copper cables from the power grid in Basra.",
        "He was shot dead in a quarrel over a parking space in Karrada.",
        "Crowds gathered to mark the anniversary of the chemical attack on Halabja.",
    ],
)
def test_ordinary_crime_and_anniversaries_are_still_no_event(sentence):
    assert classify(sentence) is None
