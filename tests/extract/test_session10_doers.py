"""Doers told in the clause that says how the dead died (tenth session): an attack only attempted,
a group named with its initials in brackets, and a foreign capital that owns an operation rather
than hosting the event. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 7, 9), "session10-doers")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, doer, target",
    [
        (
            "Three Turkish soldiers were killed on Friday when PKK fighters tried to storm an outpost in Duhok province.",
            "PKK: Kurdistan Workers Party",
            "Military Forces of Turkey",
        ),
        (
            "Two policemen were killed on Friday when Islamic State militants attempted to overrun a checkpoint "
            "near Tarmiyah.",
            "Islamic State (Iraq)",
            "Police Forces of Iraq",
        ),
        (
            "Four Turkish soldiers died on Friday when fighters of the Kurdistan Workers' Party (PKK) tried to "
            "infiltrate a hilltop post near Amadiya.",
            "PKK: Kurdistan Workers Party",
            "Military Forces of Turkey",
        ),
    ],
)
def test_the_doer_of_an_attempted_or_bracketed_attack_is_named(extractor, text, doer, target):
    event = code.one(extractor, text)
    assert (event.event_type, event.actor1, event.actor2) == ("Battles", doer, target)


def test_a_capital_that_owns_an_operation_is_no_place_of_the_event(extractor):
    event = code.one(
        extractor,
        "Two Turkish soldiers were killed on Friday in a PKK attack on a base in Duhok province, inside the zone "
        "of Ankara's cross-border operation.",
    )
    assert (event.location, event.admin1) == ("Duhok", "Duhok")


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "American and Iraqi forces killed four gunmen in a firefight in Baqubah on Friday.",
            "Military Forces of the United States",
            "Military Forces of Iraq",
        ),
        (
            "Iraqi and American troops killed four gunmen in a firefight in Baqubah on Friday.",
            "Military Forces of Iraq",
            "Military Forces of the United States",
        ),
    ],
)
def test_of_two_forces_sharing_one_noun_the_first_named_is_the_doer(extractor, text, first, second):
    event = code.one(extractor, text)
    assert event.actor1 == first
    assert second in (event.assoc_actor_1 or "")
