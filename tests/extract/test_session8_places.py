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
