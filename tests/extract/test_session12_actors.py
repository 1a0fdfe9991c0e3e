"""Targets and doers of matched events (twelfth session): people at large counted in the toll told
after an attack, gunfire or an assault on diners, worshippers or workers, and the attack a reprisal
answers, whose doer is not the side that struck back, a claim told as not made, an unnamed strike on
the side a named one struck, the ally a force works with, and a group that says its men placed the
bomb. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 5, 12), "session12-actors")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "A volley of rockets was fired at the airport in Erbil late on Tuesday. Two of them fell short and "
        "struck houses in a nearby quarter, killing a girl and wounding three residents, officials said.",
        "Mortar bombs were fired at the provincial council building in Baqubah on Tuesday night. One landed "
        "in a street behind it, killing two children, police said on Wednesday.",
    ],
)
def test_people_at_large_in_the_toll_told_next_are_the_target(extractor: RuleExtractor, text: str) -> None:
    event = code.one(extractor, text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Civilians (Iraq)"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up at the gate of a mosque in Samarra on Tuesday evening after "
        "gunmen opened fire on worshippers leaving the evening prayer.",
        "An explosives-laden drone hit an oil depot near Zakho on Tuesday, killing three Indian workers.",
    ],
)
def test_gunfire_on_worshippers_and_dead_workers_make_civilians_the_target(
    extractor: RuleExtractor, text: str
) -> None:
    event = code.one(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Civilians (Iraq)"


def test_the_attack_a_reprisal_answers_is_not_the_avengers(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "American jets bombed two depots of Kataib Hezbollah near Qaim early on Wednesday. The Pentagon "
        "described the raids as a response to a rocket that struck Ain al-Asad air base on Monday, "
        "injuring four US soldiers.",
    )
    rocket = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert rocket.actor1 == "Unidentified Armed Group (Iraq)"
    assert rocket.actor2 == "Military Forces of the United States"
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 == "Military Forces of the United States"


def test_a_claim_told_as_not_made_names_no_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Three rockets struck the Balad air base on Tuesday night, wounding two US contractors. Kataib "
        "Hezbollah has not said it fired the rockets.",
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_an_unnamed_drone_on_the_side_a_named_one_struck_is_the_same_sides(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A US drone struck a Kataib Hezbollah depot near Qaim on Monday, killing three fighters. The strike "
        "came two days after a drone hit a car in Jurf al-Sakhar, killing a Kataib Hezbollah commander.",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2
    assert {e.actor1 for e in strikes} == {"Military Forces of the United States"}
    assert {e.actor2 for e in strikes} == {"Kataib Hezbollah"}


def test_the_ally_a_force_works_with_is_not_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Peshmerga units operating alongside coalition special forces ambushed Islamic State fighters near "
        "Makhmur on Sunday, killing six.",
    )
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Peshmerga"
    assert event.actor2 == "Islamic State (Iraq)"


def test_a_group_that_says_its_men_placed_the_bomb_did_it(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A roadside bomb exploded beside a bus carrying farm labourers near Tuz Khurmatu on Monday, killing "
        "four of them. The Islamic State said in a statement that its men had placed the bomb.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 == "Islamic State (Iraq)"
