"""Wire headlines and short headline-style sentences (fourteenth round): sentences written for tigris.
Each test names what a user of the coded record would see."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

ARMY = "Military Forces of Iraq"
IS = "Islamic State (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"
code = Coder(dt.date(2016, 3, 14), "headlines14")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# Counts with a quantifier, scare quotes, hedges ------------------------------------------------


def test_a_quantified_toll_of_militants_killed_by_troops_is_a_clash(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Troops near Haditha kill more than 60 Islamic State gunmen in overnight battle"
    )
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2, event.fatalities) == (ARMY, IS, 60)


@pytest.mark.parametrize(
    ("headline", "sub"),
    [
        ("Iraqi police 'kill' 14 IS militants near Baiji", "Armed clash"),
        ('Iraqi air force "destroys" Islamic State depots near Qaim', "Air/drone strike"),
    ],
)
def test_a_verb_in_scare_quotes_still_tells_the_event(
    extractor: RuleExtractor, headline: str, sub: str
) -> None:
    event = code.one(extractor, headline)
    assert event.sub_event_type == sub
    assert event.modality == "asserted"


def test_a_hedged_headline_with_no_town_is_kept_as_claimed(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Iraqi troops reportedly kill 45 IS fighters nationwide")
    assert (event.sub_event_type, event.modality) == ("Armed clash", "claimed")
    assert event.actor1 == ARMY


def test_a_hedge_with_no_deed_tells_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "Islamic State is reportedly regrouping in the deserts of Iraq") == []


# Fighting told in headline verbs --------------------------------------------------------------


def test_an_attack_repulsed_in_the_present_tense_is_a_clash_by_the_attacker(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Peshmerga repulse Islamic State assault west of Kirkuk")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2, event.admin1) == (IS, "Peshmerga", "Kirkuk")


@pytest.mark.parametrize(
    "headline",
    [
        "Iraqi troops make advances in eastern Mosul",
        "Iraqi forces on the offensive in southern Fallujah",
        "Iraqi troops storm IS positions in Hit",
        "Iraqi army presses Ramadi assault",
        "Army units push into IS-held Dour, south of Tikrit",
    ],
)
def test_advances_assaults_and_offensives_are_clashes(extractor: RuleExtractor, headline: str) -> None:
    event = code.one(extractor, headline)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == ARMY


def test_militants_attacking_a_force_fight_it(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Militants fight army units in Ramadi's eastern districts")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == (UNKNOWN, ARMY)


@pytest.mark.parametrize(
    "headline",
    [
        "Army massing troops for a coming push on Hawija",
        "US troops in the fight against IS will stay, general says",
        "Turkish troops to fight PKK in Sinjar, minister says",
    ],
)
def test_a_plan_or_a_noun_of_fighting_is_no_event(extractor: RuleExtractor, headline: str) -> None:
    assert code(extractor, headline) == []


# A member of a force, or of an armed group, killed with no doer told ---------------------------


@pytest.mark.parametrize(
    ("headline", "victim"),
    [
        ("Iraqi army colonel killed near Samarra", ARMY),
        ("American soldier killed by sniper near Qayyarah", "Military Forces of the United States"),
        ("Two police, soldier among nine killed in Diyala", "Police Forces of Iraq"),
    ],
)
def test_a_force_member_killed_is_a_clash_with_an_unknown_side(
    extractor: RuleExtractor, headline: str, victim: str
) -> None:
    event = code.one(extractor, headline)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == (UNKNOWN, victim)


def test_an_islamic_state_official_killed_is_the_victim(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Senior Islamic State official 'killed' near Mosul")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == (UNKNOWN, IS)


def test_a_force_that_kills_is_still_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Iraqi police killed three gunmen near Tikrit")
    assert event.actor1 == "Police Forces of Iraq"


# Ground retaken, sieges broken ----------------------------------------------------------------


def test_a_town_fully_liberated_is_ground_regained(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Tikrit fully liberated, joint operations command says")
    assert (event.sub_event_type, event.location) == ("Government regains territory", "Tikrit")


def test_a_town_retaken_from_a_group_in_a_headline_is_ground_regained(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Haditha retaken from Islamic State after two-day battle")
    assert (event.sub_event_type, event.location, event.actor2) == (
        "Government regains territory",
        "Haditha",
        IS,
    )


# Bombings told by their toll, bombers, planes, raids ------------------------------------------


def test_a_bombing_toll_that_rises_reports_the_bombing(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Karrada bombing toll climbs to 250 as more bodies found")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.fatalities, event.admin1) == (250, "Baghdad")


def test_people_killed_in_a_blast_are_its_toll(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Five killed in Baquba blast, police chief among them")
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 5)


def test_an_islamic_state_bomber_is_a_suicide_bomb(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "IS bomber hits Shiite pilgrims in Balad, kills 9")
    assert (event.sub_event_type, event.actor1) == ("Suicide bomb", IS)


def test_planes_that_attack_make_an_air_strike(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Turkish planes attack PKK hideouts in Qandil")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Military Forces of Turkey")


def test_a_raid_that_kills_is_a_clash_by_the_raiders(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "US-led raid kills two IS commanders near Qaim")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Military Forces of the United States", IS)


# The source a headline names last -------------------------------------------------------------


@pytest.mark.parametrize("tail", [": police", " - police", " -police"])
def test_a_closing_source_is_no_party(extractor: RuleExtractor, tail: str) -> None:
    event = code.one(extractor, "Troops kill 20 gunmen near Rutba" + tail)
    assert event.actor1 == ARMY
    assert event.actor2 != "Police Forces of Iraq"
