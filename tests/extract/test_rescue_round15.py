"""Captives freed by force are not released by agreement (fifteenth round): sentences written for
tigris."""

from __future__ import annotations

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
