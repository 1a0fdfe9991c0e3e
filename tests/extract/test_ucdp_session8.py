"""Headline wordings of the eighth session (issue 4: UCDP sides and governorates), on headlines
written for these tests; see docs/codebook.md, "UCDP headlines (eighth session)"."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.datasets import top_event
from tigris.evaluate.mappings import ucdp_side_named, without_source_tags
from tigris.extract.extractor import RuleExtractor
from tigris.types import Event

IS = "Islamic State (Iraq)"
AL_QAEDA = "Al-Qaeda"
IRAQI_ARMY = "Military Forces of Iraq"
IRAQI_POLICE = "Police Forces of Iraq"
PMF = "Popular Mobilization Forces"
PESHMERGA = "Peshmerga"
TURKEY = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
CIVILIANS = "Civilians (Iraq)"

code = Coder(dt.date(2016, 5, 3), "ucdp-session8")


def top(extractor: RuleExtractor, text: str, day: dt.date | None = None) -> Event:
    event = top_event(code(extractor, text, day))
    assert event is not None, text
    return event


# A claim after a semicolon names the doer of the attack before it -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Car bomb kills 14 at a Hilla checkpoint; Islamic State says carried out Hilla bombing",
        "Truck bomb kills 14 in Hilla; IS says it carried out the Hilla bombing",
        "Two blasts rock a Kirkuk market; IS says it was behind the Kirkuk explosions",
    ],
)
def test_a_claim_after_a_semicolon_names_the_doer(extractor: RuleExtractor, text: str) -> None:
    assert top(extractor, text).actor1 == IS


# A force that kills a bare count fights -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Iraq forces kill 11 as violence flares before the vote", "Army units kill 23 near Rutba"],
)
def test_a_force_that_kills_a_bare_count_fights(extractor: RuleExtractor, text: str) -> None:
    event = top(extractor, text)
    assert (event.event_type, event.actor1) == ("Battles", IRAQI_ARMY)


def test_police_who_kill_at_a_protest_are_no_battle(extractor: RuleExtractor) -> None:
    events = code(extractor, "Police kill 3 in protest")
    assert all(e.event_type != "Battles" for e in events)


# Armed men "killing" people -----------------------------------------------------------------------


def test_a_group_killing_villagers_attacks_civilians(extractor: RuleExtractor) -> None:
    event = top(extractor, "Islamic State killing villagers who refuse to obey it in Hawija")
    assert (event.event_type, event.actor1, event.actor2) == ("Violence against civilians", IS, CIVILIANS)


def test_the_pkk_that_kills_attacks(extractor: RuleExtractor) -> None:
    event = top(extractor, "PKK kills a suspected Turkish agent near Amadiya")
    assert (event.event_type, event.actor1) == ("Violence against civilians", PKK)


# A foreign state that strikes an armed group by name ------------------------------------------------


def test_a_foreign_state_that_says_it_struck_a_group_struck_it_from_the_air(extractor: RuleExtractor) -> None:
    event = top(extractor, "Turkey says it struck the PKK again near Zakho")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Air/drone strike", TURKEY, PKK)


# "the armed forces" are Iraq's ----------------------------------------------------------------------


def test_the_armed_forces_are_the_iraqi_military(extractor: RuleExtractor) -> None:
    event = top(extractor, "Gunmen beat back the armed forces in a village near Baiji")
    assert IRAQI_ARMY in (event.actor1, event.actor2)


# Offensives started and pushes told in headline verbs ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Troops launch the third phase of the Hawija offensive against IS", IRAQI_ARMY),
        ("Peshmerga start liberation operations east of Hawija", PESHMERGA),
        ("Iraqi forces open a second front south of Hawija", IRAQI_ARMY),
        ("Iraqi forces enter a new district of east Hawija", IRAQI_ARMY),
        ("Iraqi troops enter the town of Nimrud", IRAQI_ARMY),
        ("Troops on the eastern front battle for the last village before Hawija", IRAQI_ARMY),
        ("IS counterattacks on the edge of Hawija", IS),
        ("IS militants step up counter-attacks west of Hawija", IS),
    ],
)
def test_a_push_told_in_headline_verbs_is_a_clash(extractor: RuleExtractor, text: str, doer: str) -> None:
    event = top(extractor, text)
    assert (event.sub_event_type, event.actor1) == ("Armed clash", doer)


@pytest.mark.parametrize(
    "text",
    [
        "Police step up patrols in Karrada",
        "Protesters enter the district council building",
        "The battle for Mosul will be long",
    ],
)
def test_the_same_verbs_without_a_fight_tell_no_clash(extractor: RuleExtractor, text: str) -> None:
    assert all(e.sub_event_type != "Armed clash" for e in code(extractor, text))


@pytest.mark.parametrize(
    "text",
    ["Army claims gains in the fight for western Hawija", "Iraqi army spokesman claims advances near Baiji"],
)
def test_gains_a_force_claims_are_ground_regained(extractor: RuleExtractor, text: str) -> None:
    event = top(extractor, text)
    assert (event.sub_event_type, event.actor1) == ("Government regains territory", IRAQI_ARMY)


def test_a_site_seized_from_a_group_is_ground_regained(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iraqi troops seize the ancient site of Nimrud from IS")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Government regains territory",
        IRAQI_ARMY,
        IS,
    )


def test_an_army_that_says_it_advanced_is_the_doer(extractor: RuleExtractor) -> None:
    event = top(extractor, "Iraqi army says advanced in Hawija despite car bombs")
    assert event.actor1 == IRAQI_ARMY


# Tolls a force reports, members of a force killed ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Shia militia reports killing of 40 IS fighters near Tal Afar", PMF),
        ("Iraqi army reports 30 IS casualties in operations near Hawija", IRAQI_ARMY),
    ],
)
def test_a_toll_a_force_reports_of_its_enemy_is_its_fight(
    extractor: RuleExtractor, text: str, doer: str
) -> None:
    event = top(extractor, text)
    assert (event.event_type, event.actor1) == ("Battles", doer)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven members of the security forces killed near Tarmiyah",
        "Officer killed, two soldiers seized near Rutba",
    ],
)
def test_members_of_a_force_killed_fought(extractor: RuleExtractor, text: str) -> None:
    event = top(extractor, text)
    assert (event.event_type, event.actor2) == ("Battles", IRAQI_ARMY)


def test_a_death_told_before_the_wounded_of_a_blast_is_the_blast(extractor: RuleExtractor) -> None:
    event = top(extractor, "Shia militia fighter killed, four injured in Tuz blast")
    assert (event.event_type, event.actor2) == ("Explosions/Remote violence", PMF)


def test_a_strike_that_kills_militants_is_an_air_strike(extractor: RuleExtractor) -> None:
    event = top(extractor, "Troops close on Hawija as a strike kills foreign militants")
    assert event.sub_event_type == "Air/drone strike"


# Hostages held as shields ------------------------------------------------------------------------


def test_people_taken_as_human_shields_are_abducted(extractor: RuleExtractor) -> None:
    event = top(extractor, "IS takes 300 families to serve as human shields in Hawija")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Abduction/forced disappearance",
        IS,
        CIVILIANS,
    )


# A verb in scare quotes ----------------------------------------------------------------------------


def test_an_army_that_shells_in_scare_quotes_shells(extractor: RuleExtractor) -> None:
    event = top(extractor, "Turkish army 'shells' villages in the Bradost area")
    assert (event.sub_event_type, event.actor1) == ("Shelling/artillery/missile attack", TURKEY)


# The other side of a fight, told after "raid on", "fighting" and in "X violence" ---------------------

OLD_DAY = dt.date(2013, 12, 22)


def test_a_raid_on_a_group_fights_it(extractor: RuleExtractor) -> None:
    event = top(extractor, "A colonel among nine soldiers killed in a raid on al-Qaeda", OLD_DAY)
    assert (event.actor1, event.actor2) == (IRAQI_ARMY, AL_QAEDA)


def test_men_killed_fighting_a_group_fought_it(extractor: RuleExtractor) -> None:
    event = top(extractor, "Five police and Sunni tribesmen killed fighting al Qaeda west of Ramadi", OLD_DAY)
    assert (event.event_type, event.actor1, event.actor2) == ("Battles", IRAQI_POLICE, AL_QAEDA)


def test_a_groups_violence_is_its_own(extractor: RuleExtractor) -> None:
    event = top(
        extractor, "Turkish soldier killed, party office attacked in fresh PKK violence", dt.date(2015, 8, 1)
    )
    assert event.actor1 == PKK


# The evaluation: a closing source names no side ---------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "left"),
    [
        ("Truck bomb kills 17 in Hilla: police", "Truck bomb kills 17 in Hilla"),
        ("Blast kills 9 near Baiji - police, medical sources", "Blast kills 9 near Baiji"),
        ("Twin bombs kill 30 in Kirkuk -police sources", "Twin bombs kill 30 in Kirkuk"),
        ("Forty militants killed near Rawa - army spokesman", "Forty militants killed near Rawa"),
        ("Bombs kill 20 in Karrada, police said", "Bombs kill 20 in Karrada"),
        ("Iraqi army kills 40 IS fighters near Rawa", "Iraqi army kills 40 IS fighters near Rawa"),
    ],
)
def test_a_closing_source_is_set_aside(headline: str, left: str) -> None:
    assert without_source_tags(headline) == left


def test_a_police_source_does_not_name_the_government_as_a_side() -> None:
    assert not ucdp_side_named(
        "Government of Iraq", "Car bomb kills 12 in Hilla: police; Blast kills 3 near Baiji"
    )
    assert ucdp_side_named("Government of Iraq", "Car bomb kills 12 police in Hilla: officials")


def test_militants_killed_before_a_cache_is_seized_make_the_fight_the_event(extractor: RuleExtractor) -> None:
    event = top(extractor, "Troops 'kill' four IS fighters and seize a weapons cache south of Baiji")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", IRAQI_ARMY, IS)
