"""Strategic developments and violence against civilians told in more ways (fourteenth round):
sentences written for tigris. Each test names what a user of the coded record would see."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify

CIVILIANS = "Civilians (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"
code = Coder(dt.date(2020, 9, 21), "round14")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# Violence against a person described by the protests they joined -------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A lone gunman fired into the car of Huda Karim, a nurse who had helped organise last "
            "summer's demonstrations, in Basra on Sunday, killing her.",
            "Attack",
        ),
        (
            "Ali Saad, a regular at the Karbala sit-in, was killed on Sunday when two men on a "
            "motorbike pulled up beside him and fired several rounds at him.",
            "Attack",
        ),
        (
            "Omar Jasim, one of the best-known faces of the protests in Kut, was dragged from his car "
            "by armed men on Sunday.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_a_protest_word_describing_the_victim_is_no_protest(
    extractor: RuleExtractor, text: str, sub: str
) -> None:
    event = code.one(extractor, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", sub)
    assert event.actor1 == UNKNOWN and event.actor2 == CIVILIANS


def test_gunmen_firing_on_a_crowd_of_protesters_stay_excessive_force(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Gunmen opened fire on protesters in Nasiriyah on Sunday, killing three.")
    assert event.sub_event_type == "Excessive force against protesters"


# More ways of telling an attack or an abduction ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Unknown assailants broke into the home of a village headman and shot him dead.", "Attack"),
        ("Attackers broke into the home of a candidate in Mosul late on Wednesday and killed him.", "Attack"),
        ("Police found the body of a schoolteacher, shot in the head, in a field near Baqubah.", "Attack"),
        ("The body of a kidnapped engineer was found riddled with bullets in Baqubah.", "Attack"),
        ("Police discovered the bodies of three men bearing gunshot wounds in Mosul.", "Attack"),
        ("The fighters lined them up and shot them at the edge of the village.", "Attack"),
        ("Militiamen beat a journalist covering the elections in Basra.", "Attack"),
        (
            "Men in military fatigues stormed the building site and took the workers away in trucks.",
            "Abduction/forced disappearance",
        ),
        (
            "Men wearing police uniforms herded the staff onto pickup trucks and drove away with them.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_attack_and_abduction_wordings(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub, (sentence, trigger)


def test_prisoners_marched_to_a_ravine_and_shot_are_killed_not_protesting(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "On 10 September Islamic State gunmen who overran the prison near Badush marched the inmates "
        "to a ravine and shot hundreds of them.",
    )
    assert (event.sub_event_type, event.actor1) == ("Attack", "Islamic State (Iraq)")


def test_a_mass_grave_exhumed_tells_no_killing() -> None:
    assert classify("Police found the bodies of 40 men, bound and shot, in a mass grave near Sinjar.") is None


def test_a_bombing_that_kills_passengers_stays_an_explosion_with_civilian_victims(
    extractor: RuleExtractor,
) -> None:
    event = code.one(
        extractor, "A roadside bomb tore through a minibus near Khanaqin on Sunday, killing four passengers."
    )
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Remote explosive/landmine/IED",
        CIVILIANS,
        4,
    )


# Strategic developments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Police in Hawija picked up four men wanted under the anti-terrorism law.", "Arrests"),
        ("The cleric's aide was picked up by coalition troops in Najaf on Saturday.", "Arrests"),
        ("Police in Basra took two activists into custody.", "Arrests"),
        ("Officers executed an arrest warrant against the former governor.", "Arrests"),
        ("Army engineers made safe three roadside bombs buried along the road.", "Disrupted weapons use"),
        (
            "The factions declared a halt to rocket and roadside-bomb attacks on US targets.",
            "Agreement",
        ),
        ("The militia announced it was suspending its military operations.", "Agreement"),
        ("Twenty-six hunters were set free on Friday and flew home.", "Agreement"),
        ("The kidnapped activist was released two days later.", "Agreement"),
        (
            "The premier reinstated Abdul-Wahab al-Saadi as head of the Counter-Terrorism Service.",
            "Other",
        ),
        (
            "Parliament passed a resolution demanding the withdrawal of foreign troops.",
            "Other",
        ),
        ("The authority padlocked the Baghdad offices of the newspaper.", "Other"),
        ("The movement announced the closure of all its offices in Baghdad.", "Change to group/activity"),
        ("The party reopened its headquarters in Kirkuk.", "Headquarters or base established"),
        (
            "The coalition passed the base and its equipment over to the Iraqi army.",
            "Change to group/activity",
        ),
        ("American units completed their pullback from the cities on Monday.", "Change to group/activity"),
        ("The coalition transferred Ain al-Asad airbase to Iraqi control.", "Change to group/activity"),
        ("The brigade withdrew from its positions on the Nineveh plains.", "Change to group/activity"),
        ("Hundreds of PMF fighters were mobilised to Jurf al-Sakhar.", "Change to group/activity"),
        (
            "Army and police units paraded through the capital's streets in armoured vehicles.",
            "Change to group/activity",
        ),
        (
            "Italian troops transferred security responsibility for the province to the Iraqi authorities.",
            "Non-violent transfer of territory",
        ),
        (
            "Federal police took over security of the oil fields from the Peshmerga.",
            "Non-violent transfer of territory",
        ),
        (
            "Fighters set houses and shops alight and carried off generators and cars.",
            "Looting/property destruction",
        ),
    ],
)
def test_strategic_wordings(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub, (sentence, trigger)


def test_an_armed_parade_with_missiles_is_no_shelling_and_no_protest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "On Saturday thousands of Saraya al-Salam fighters marched through Sadr City carrying rifles, "
        "rocket launchers and missiles in a show of strength.",
    )
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Change to group/activity")


def test_ground_taken_then_told_bloodless_is_a_non_violent_transfer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Peshmerga units took control of Kirkuk on Saturday after the army's divisions fled south. "
        "There was no fighting.",
    )
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said they had opened an investigation but had detained no one by Monday evening.",
        "A judge issued an arrest warrant for the former governor.",
        "A criminal court sentenced a former police officer to death on Sunday.",
        "The government called for a halt to attacks on diplomatic missions.",
        "Iran urged the factions to halt their attacks.",
        "The factions threatened to resume attacks if US forces remain.",
        "The government closed its offices for the Eid holiday.",
    ],
)
def test_plans_calls_sentences_and_denials_are_no_event(sentence: str) -> None:
    trigger = classify(sentence)
    assert trigger is None, (sentence, trigger)


def test_a_long_fight_told_in_the_past_perfect_is_background(extractor: RuleExtractor) -> None:
    text = "The tribe had fought the militants near Hit for weeks before running out of ammunition."
    assert code(extractor, text) == []


def test_a_parade_struck_by_a_bomb_is_the_bombing() -> None:
    trigger = classify("A car bomb struck a military parade in Baghdad, killing six soldiers.")
    assert trigger is not None and trigger.event_type == "Explosions/Remote violence"
