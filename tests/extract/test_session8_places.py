"""Places carried from the sentence before: "nearby", and a thread whose first post names the city.
Texts written for tigris."""

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


def test_a_thread_tells_its_event_in_the_city_its_first_post_names(extractor):
    text = (
        "1/ Big explosion heard in #Basra a few minutes ago.\n"
        "2/ Sources say it was a roadside bomb that hit a UN convoy. No casualties reported so far."
    )
    (event,) = code(extractor, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.location, event.admin1) == ("Basra", "Basra")
