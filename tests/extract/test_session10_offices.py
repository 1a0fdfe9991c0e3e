"""Officers put out of their posts (tenth session): the government removes them, their force is the
side it acts on, and a day told after the post does not hide the removal. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 5, 12), "session10-offices")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, force",
    [
        ("The Diwaniyah police chief was relieved of his post late on Tuesday.", "Police Forces of Iraq"),
        ("The interior ministry replaced the Samarra police chief on Wednesday.", "Police Forces of Iraq"),
        (
            "The defence minister removed the commander of the 14th Division on Monday.",
            "Military Forces of Iraq",
        ),
    ],
)
def test_an_officer_removed_is_the_governments_act_on_his_force(extractor, text, force):
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Other", "Government of Iraq", force)


def test_an_officer_who_resigns_stays_the_doer(extractor):
    event = code.one(extractor, "The commander of the Nineveh Operations Command resigned on Monday.")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", None)


def test_a_counter_terrorism_unit_is_the_iraqi_military(extractor):
    event = code.one(
        extractor, "A counter-terrorism unit picked up the suspect in Baghdad at dawn on Wednesday."
    )
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Military Forces of Iraq")
