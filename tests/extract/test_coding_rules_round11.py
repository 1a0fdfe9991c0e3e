"""Doer rules of the eleventh round: the side named after "clash with", and the subject of a
passive attack verb.

Every sentence here was written for these tests; none is taken from the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

IS = "Islamic State (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"
ARMY = "Military Forces of Iraq"
POLICE = "Police Forces of Iraq"


one = Coder(dt.date(2021, 3, 10), "round11").one


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Two soldiers were killed in a clash with Islamic State fighters near Hawija on Tuesday.", IS, ARMY),
        ("Three policemen died in fighting with Islamic State militants in Tarmiyah on Monday.", IS, POLICE),
        ("A soldier was wounded in a battle with Islamic State fighters near Baiji on Sunday.", IS, ARMY),
        # the subject that fights is the first side, as in "clashes between A and B"
        (
            "Saraya al-Salam gunmen were exchanging fire with security forces in Basra on Monday.",
            "Saraya al-Salam",
            ARMY,
        ),
        ("Iraqi troops clashed with Islamic State fighters near Hawija on Tuesday.", ARMY, IS),
    ],
)
def test_the_side_after_clash_with_is_a_party(
    extractor: RuleExtractor, text: str, actor1: str, actor2: str
) -> None:
    event = one(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "The US embassy compound was hit by two rockets on Sunday.",
            UNKNOWN,
            "Government of the United States",
        ),
        (
            "The Turkish military base at Zilkan was hit by three rockets on Sunday.",
            UNKNOWN,
            "Military Forces of Turkey",
        ),
        (
            "The Kurdistan Democratic Party office in Kirkuk was struck by a drone on Sunday.",
            UNKNOWN,
            "KDP: Kurdistan Democratic Party",
        ),
        # "by X" names the doer when X is an actor, not a weapon
        (
            "The US embassy compound was hit by two rockets fired by Kataib Hezbollah on Sunday.",
            "Kataib Hezbollah",
            "Government of the United States",
        ),
        ("An army post near Tarmiyah was attacked by Islamic State fighters on Monday.", IS, ARMY),
    ],
)
def test_the_subject_of_a_passive_attack_is_the_target(
    extractor: RuleExtractor, text: str, actor1: str, actor2: str
) -> None:
    event = one(extractor, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_a_side_striking_after_the_event_word_is_the_doer(extractor: RuleExtractor) -> None:
    text = "Incident: Air strikes\nDate: 3 March 2021\nLocation: Al-Qaim\nDetails: US jets struck depots of Kataib Hezbollah."
    event = one(extractor, text)
    assert event.sub_event_type == "Air/drone strike"
    assert (event.actor1, event.actor2) == ("Military Forces of the United States", "Kataib Hezbollah")


def test_a_nation_s_missiles_are_its_forces(extractor: RuleExtractor) -> None:
    event = one(extractor, "Iranian ballistic missiles struck a camp near Koya on Monday.")
    assert event.actor1 == "Military Forces of Iran"


def test_a_claim_said_in_a_statement_names_the_doer(extractor: RuleExtractor) -> None:
    text = (
        "Rockets hit a base near Erbil on Monday. The Revolutionary Guards said in a statement later "
        "in the day that they had carried out the attack."
    )
    event = one(extractor, text)
    assert event.actor1 == "Military Forces of Iran"


def test_a_day_number_is_no_toll(extractor: RuleExtractor) -> None:
    event = one(extractor, "On 15 August Islamic State gunmen killed 40 villagers near Sinjar.")
    assert event.fatalities == 40
