"""Rules from the older development sets revisited in the eleventh session: a captive killed in the
same act, the group that called the protests, and the launchers of rockets already told. Texts
written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2010, 3, 12), "session11-older-sets")  # a Friday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_reporter_seized_and_killed_with_her_crew_is_an_attack_on_three(extractor):
    text = (
        "Layla Hassan, a presenter for a local radio station, was seized and killed with her driver and "
        "photographer on Tuesday near Tal Afar, her employer said."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"
    assert event.location == "Tal Afar"
    assert event.fatalities == 3


def test_the_group_that_called_the_protests_tells_no_protest_of_its_own(extractor):
    text = (
        "Police detained dozens of people gathering in Kut on Friday to protest against power cuts. "
        "The youth movement, which had organised the protests, said its members in Amarah and Basra "
        "were also held."
    )
    places = {e.location for e in code(extractor, text)}
    assert "Amarah" not in places and "Basra" not in places


def test_the_launchers_found_after_a_salvo_are_no_weapons_find(extractor):
    text = (
        "Four rockets struck Balad air base on Wednesday night, damaging a hangar, the army said.\n"
        "The launchers were found in a pick-up truck in a field east of the base."
    )
    subs = [e.sub_event_type for e in code(extractor, text)]
    assert subs == ["Shelling/artillery/missile attack"]


def test_the_attacker_told_again_throws_a_grenade_in_the_same_attack(extractor):
    text = (
        "A tribal sheikh was shot dead by a gunman outside a mosque in Fallujah on Friday, police said. "
        "The attacker also hurled a grenade, killing two other men, before he escaped."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"
    assert event.location == "Fallujah"
