"""Descriptions name the generic actors of the country where the event took place (issue 4:
"security forces" are the state forces of the country), and names keep their actor."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2019, 6, 4), "abroad")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Gunmen killed nine border guards in Sistan-Baluchestan, Iran, on Monday.",
            "Unidentified Armed Group (Iran)",
            "Police Forces of Iran",
        ),
        (
            "A roadside bomb killed two soldiers in Deir ez-Zor on Monday.",
            "Unidentified Armed Group (Syria)",
            "Military Forces of Syria",
        ),
        (
            "Police fired tear gas at protesters in Istanbul on Monday.",
            "Protesters (Turkey)",
            "Police Forces of Turkey",
        ),
    ],
)
def test_descriptions_at_an_event_abroad_name_that_countrys_actors(
    extractor: RuleExtractor, text: str, actor1: str, actor2: str
) -> None:
    [event] = code(extractor, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)
    assert event.actor1_id is not None and event.actor2_id is not None


def test_a_named_iraqi_force_abroad_stays_iraqi(extractor: RuleExtractor) -> None:
    [event] = code(extractor, "Iraqi troops clashed with gunmen near Al-Bukamal in Syria on Monday.")
    assert event.actor1 == "Military Forces of Iraq"
    assert event.actor2 == "Unidentified Armed Group (Syria)"


def test_descriptions_at_an_event_in_iraq_stay_iraqi(extractor: RuleExtractor) -> None:
    [event] = code(extractor, "Gunmen killed three policemen in Kirkuk on Monday.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")
