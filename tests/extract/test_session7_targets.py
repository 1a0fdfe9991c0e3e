"""Who is who: a passer-by killed is a civilian victim; a Kurdish party's security forces are the Asayish. Sentences written for
tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 3, 16), "session7-targets")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_passer_by_killed_is_a_civilian(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A bomb exploded near a bus stop in Husseiniya, north-east of Baghdad, on Tuesday, killing a passer-by.",
    )
    assert (event.location, event.admin1, event.actor2) == ("Husseiniya", "Baghdad", "Civilians (Iraq)")


def test_a_kurdish_partys_security_forces_are_the_asayish(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "PUK security forces arrested a KDP official in Sulaymaniyah on Monday.")
    assert (event.actor1, event.actor2) == ("Asayish", "KDP: Kurdistan Democratic Party")
