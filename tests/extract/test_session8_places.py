"""A place carried from the sentence before: an event told "nearby". Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 6, 15), "session8-places")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_device_defused_nearby_is_where_the_blast_was(extractor):
    text = (
        "A roadside bomb struck a PMF vehicle near Muqdadiyah on Sunday, killing two fighters. "
        "A second device was found and defused nearby."
    )
    blast, defused = code(extractor, text)
    assert defused.sub_event_type == "Disrupted weapons use"
    assert defused.location == blast.location == "Muqdadiya"


def test_the_targets_of_a_plot_are_not_where_its_suspects_were_held(extractor):
    text = (
        "Counter-terrorism troops raided a house in the Dora district of Baghdad late on Sunday and detained "
        "six men suspected of planning rocket attacks on the Green Zone and Baghdad airport."
    )
    events = code(extractor, text)
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Dora")]
