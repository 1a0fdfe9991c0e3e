"""Headline wordings of the ninth session (UCDP sides the headline names), on headlines written for
these tests; see docs/codebook.md, "UCDP headlines (ninth session)"."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.datasets import top_event
from tigris.extract.extractor import RuleExtractor
from tigris.types import Event

IS = "Islamic State (Iraq)"
IRAQI_ARMY = "Military Forces of Iraq"
IRAQI_POLICE = "Police Forces of Iraq"
PESHMERGA = "Peshmerga"
TURKEY = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
US_FORCES = "Military Forces of the United States"

code = Coder(dt.date(2016, 9, 14), "ucdp-session9")


def top(extractor: RuleExtractor, text: str) -> Event:
    event = top_event(code(extractor, text))
    assert event is not None, text
    return event


# Headline verbs in the present tense -------------------------------------------------------------


def test_police_who_open_fire_on_protesters_use_excessive_force(extractor: RuleExtractor) -> None:
    event = top(extractor, "Police open fire on protesters at an oil field near Nasiriyah")
    assert (event.sub_event_type, event.actor2) == ("Excessive force against protesters", IRAQI_POLICE)


def test_troops_who_discover_booby_traps_disrupt_weapons_use(extractor: RuleExtractor) -> None:
    event = top(extractor, "Troops discover booby-trapped cars south of Kirkuk")
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use", IRAQI_ARMY)


def test_a_force_that_presses_deeper_into_a_town_fights(extractor: RuleExtractor) -> None:
    event = top(extractor, "Losses grow while Iraqi units press deeper into Tal Afar, held by IS")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", IS)


def test_a_push_on_the_last_holdouts_is_a_clash(extractor: RuleExtractor) -> None:
    event = top(extractor, "Peshmerga push for the last Daesh holdouts in the villages of Sinjar")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", PESHMERGA, IS)


# Attacks told at some length, by their claim, or by a death from wounds ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Attack on a Kurdish party office near Khanaqin kills five",
        "Kirkuk attack on Shia militia fighters leaves 7 casualties",
    ],
)
def test_a_long_attack_phrase_before_its_toll_is_an_attack(extractor: RuleExtractor, text: str) -> None:
    assert top(extractor, text).event_type in ("Violence against civilians", "Battles")


def test_an_aim_to_kill_is_no_attack(extractor: RuleExtractor) -> None:
    events = code(extractor, "The factions say their attacks are meant to send warnings, not to kill.")
    assert events == []


def test_a_claim_of_responsibility_for_bombings_tells_them(extractor: RuleExtractor) -> None:
    event = top(extractor, "IS claims responsibility for deadly Samarra bombings")
    assert (event.sub_event_type, event.actor1) == ("Remote explosive/landmine/IED", IS)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("American soldier dies of wounds from a bombing north of Tikrit", US_FORCES),
        ("Policeman dies of wounds from a bombing in Tuz Khurmatu", IRAQI_POLICE),
    ],
)
def test_one_who_dies_of_wounds_from_a_bombing_is_its_victim(
    extractor: RuleExtractor, text: str, victim: str
) -> None:
    event = top(extractor, text)
    assert (event.event_type, event.actor2) == ("Explosions/Remote violence", victim)
    assert event.actor1 != victim


# Who did it, and whom it was done to --------------------------------------------------------------


def test_a_doer_named_when_the_attack_is_told_again_did_it(extractor: RuleExtractor) -> None:
    event = top(
        extractor,
        "Senior police officer killed in Baiji attack; IS suicide bombers hit a police compound, killing 9",
    )
    assert event.actor1 == IS


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Peshmerga in anti-ISIL commando raid near Makhmour: officials", PESHMERGA),
        ("Iraq launches a broad anti-IS operation in the Hamrin hills", IRAQI_ARMY),
    ],
)
def test_an_operation_named_by_its_enemy_is_fought_with_it(
    extractor: RuleExtractor, text: str, doer: str
) -> None:
    event = top(extractor, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", doer, IS)


def test_iraq_that_strikes_the_group_strikes_from_the_air(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iraq strikes IS in the Hamrin mountains after a week of ambushes")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Air/drone strike", IRAQI_ARMY, IS)


def test_iraq_named_before_a_toll_is_no_doer(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iraq strikes kill ten fighters near Mosul")
    assert event.actor1 != IRAQI_ARMY


def test_jihadists_who_destroy_a_shrine_are_the_islamic_state(extractor: RuleExtractor) -> None:
    event = top(extractor, "Jihadists destroy a Sufi shrine in Tal Afar")
    assert (event.sub_event_type, event.actor1) == ("Looting/property destruction", IS)


def test_the_killing_a_force_reports_names_its_victims(extractor: RuleExtractor) -> None:
    event = top(extractor, "Army reports the killing of 25 IS fighters near Baiji")
    assert (event.actor1, event.actor2) == (IRAQI_ARMY, IS)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Six dead in police-IS clashes near Samarra", (IRAQI_POLICE, IS)),
        ("Nine killed in army-Islamic State battles east of Ramadi", (IRAQI_ARMY, IS)),
    ],
)
def test_a_fight_compound_names_both_sides(
    extractor: RuleExtractor, text: str, sides: tuple[str, str]
) -> None:
    event = top(extractor, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", *sides)


def test_forces_killed_with_militants_fought_the_militants(extractor: RuleExtractor) -> None:
    event = top(extractor, "25 jihadists, 9 police and army killed in Diyala clashes")
    assert (event.actor1, event.actor2) == (IRAQI_POLICE, IS)


def test_two_forces_that_clash_stay_the_two_sides(extractor: RuleExtractor) -> None:
    event = top(extractor, "Police and army clash in Basra over a checkpoint")
    assert (event.actor1, event.actor2) == (IRAQI_POLICE, IRAQI_ARMY)


def test_a_place_read_into_a_dashed_source_is_no_party(extractor: RuleExtractor) -> None:
    event = top(
        extractor,
        "Turkish jets kill 30 Kurdish rebels in northern Iraq - army; "
        "Turkish jets kill 30 PKK rebels in the Qandil mountains - general staff",
    )
    assert (event.actor1, event.actor2) == (TURKEY, PKK)


def test_a_military_commander_killed_is_of_the_military(extractor: RuleExtractor) -> None:
    event = top(extractor, "Senior military commander killed in fierce fighting near Shirqat")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", IRAQI_ARMY)


def test_a_leader_who_rallies_his_fighters_holds_no_rally(extractor: RuleExtractor) -> None:
    events = code(extractor, "Tal Afar today: IS leader rallies fighters, troops hold their ground")
    assert all(e.event_type != "Protests" for e in events)
