"""Doers and tolls of matched events (eleventh session): a victim told with how badly or when he was
hurt, a foreign state's troops named with a word between, forces listed as one subject, an order
to stand down, a raid on a group's site, and dead counted by role, by "in all" or by "N of his".
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2008, 4, 15), "session11-fields")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Prime Minister Karim Hassan was seriously wounded on Monday when a suicide bomber blew himself "
        "up at the gate of his office in Baghdad.",
        "Deputy Prime Minister Karim Hassan, the senior Kurdish member of the cabinet, was wounded on Monday when "
        "a suicide bomber blew himself up at the gate of his office in Baghdad.",
    ],
)
def test_an_official_hurt_by_a_bomber_is_the_target(extractor: RuleExtractor, text: str) -> None:
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Government of Iraq"


def test_the_dead_told_with_their_day_and_the_group_that_then_fired(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Six soldiers were killed yesterday evening when a roadside bomb struck their truck near Tuz Khurmatu "
        "and Islamic State fighters then fired on the survivors.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 == "Military Forces of Iraq"
    assert event.fatalities == 6


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "US combat troops completed their withdrawal from the bases around Kirkuk on Tuesday.",
            "Military Forces of the United States",
        ),
        (
            "Turkish commando troops killed five PKK fighters in the hills near Amadiya on Tuesday.",
            "Military Forces of Turkey",
        ),
    ],
)
def test_troops_named_with_a_foreign_word_are_that_states(
    extractor: RuleExtractor, text: str, doer: str
) -> None:
    assert code.one(extractor, text).actor1 == doer


def test_of_forces_listed_as_one_subject_the_first_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Iraqi troops, federal police and Popular Mobilization fighters recaptured the town of Ayadhiya on "
        "Thursday.",
    )
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1 == "Military Forces of Iraq"
    assert "Police Forces of Iraq" in event.assoc_actor_1


def test_who_orders_a_force_to_stand_down_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "On Sunday Moqtada al-Sadr ordered the Mahdi Army to freeze all its activities for six months.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Sadrist Movement"


def test_a_soldier_killed_in_his_sides_raid_on_a_group(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "An American soldier was killed on Friday during a raid with Kurdish special forces on an Islamic State "
        "hideout near Hawija.",
    )
    assert event.actor1 == "Military Forces of the United States"
    assert event.actor2 == "Islamic State (Iraq)"
    assert event.fatalities == 1


@pytest.mark.parametrize(
    "text, dead",
    [
        (
            "A coalition air strike killed Abu Omar, the commander of the group in Anbar, and three of his "
            "associates near Rutba on Monday.",
            4,
        ),
        ("The lawyer Ali Kadhim was killed on Monday when gunmen opened fire on his car in Nasiriyah.", 1),
        ("A car bomb hit a checkpoint near Baiji on Monday. Seven people in all died, police said.", 7),
        ("Three US Marines were killed on Sunday in a clash with insurgents near Ramadi.", 3),
    ],
)
def test_the_dead_counted(extractor: RuleExtractor, text: str, dead: int) -> None:
    assert code.one(extractor, text).fatalities == dead


def test_the_dead_told_with_the_time_of_day_are_the_target(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Four soldiers were killed this morning when a roadside bomb struck their patrol near Baiji.",
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Military Forces of Iraq"


def test_a_claim_of_the_raids_names_their_doer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "On Monday militants stormed the prisons at Tikrit and Baiji and fought the guards for hours. The "
        "Islamic State of Iraq and the Levant claims both raids.",
        dt.date(2014, 3, 12),
    )
    assert events
    assert {e.actor1 for e in events} == {"Islamic State (Iraq)"}


def test_attackers_with_no_name_are_an_unidentified_group(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "On Tuesday attackers blew up a Sufi shrine outside Kirkuk.")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_strike_told_again_with_a_foreign_drone_is_that_states(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Drone strike on a village near Sinjar this morning. Local officials say a Turkish drone hit a "
        "farmhouse, killing two shepherds.",
        dt.date(2021, 6, 5),
    )
    assert len(events) == 1, events
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].actor1 == "Military Forces of Turkey"
