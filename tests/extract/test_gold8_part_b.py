"""Rules from the eighth development set, part B (a day-to-day Iraq monitoring feed: attacks on posts
and villages, raids with weapons taken, sit-ins attacked, translated security-cell statements): each
tested on sentences written for tigris, with the shape of a real event, different from the set's
wording."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2019, 6, 15), "gold8-part-b")  # a Saturday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# Villagers and fighters among the dead --------------------------------------------------------------


def test_villagers_who_were_killed_are_no_mob(extractor: RuleExtractor) -> None:
    text = (
        "Four Peshmerga and two villagers were killed late on Thursday when Islamic State militants "
        "attacked the hamlet of Kharab Jabbar near Makhmour, the Peshmerga ministry said."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 == "Peshmerga"
    assert event.fatalities == 6


# Tolls in translated statements -------------------------------------------------------------------


def test_a_number_repeated_in_figures_is_counted_once(extractor: RuleExtractor) -> None:
    text = (
        "Three (3) policemen were killed on Friday when terrorist elements attacked a checkpoint "
        "in Tarmiyah, north of Baghdad, a security source said."
    )
    event = code.one(extractor, text)
    assert event.fatalities == 3


# Weapons taken in a raid ----------------------------------------------------------------------------


def test_rockets_taken_from_a_raided_house_are_disrupted_weapons_use(extractor: RuleExtractor) -> None:
    text = (
        "Intelligence officers raided a farmhouse in Jurf al-Sakhar on Friday and arrested three "
        "members of a militia. Mortar rounds and two rocket launchers were taken from the farmhouse."
    )
    subs = sorted(e.sub_event_type for e in code(extractor, text))
    assert subs == ["Arrests", "Disrupted weapons use"]


# A sit-in attacked ---------------------------------------------------------------------------------


def test_tents_of_the_protesters_burned_by_others_are_no_riot(extractor: RuleExtractor) -> None:
    text = (
        "Supporters of a militia marched on the sit-in outside the governorate building in Basra on "
        "Friday, set fire to the demonstrators' tents and opened fire on the camp, killing two people, medics said."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities == 2


# A fight told as going on ---------------------------------------------------------------------------


def test_gunmen_who_were_fighting_troops_clash_with_them(extractor: RuleExtractor) -> None:
    text = (
        "On Friday evening, Asaib Ahl al-Haq gunmen were fighting army troops near the Maysan "
        "provincial council in Amarah, a police officer said."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == "Military Forces of Iraq"


# Places told before --------------------------------------------------------------------------------


def test_weapons_taken_from_the_building_are_where_the_raid_was(extractor: RuleExtractor) -> None:
    text = (
        "Federal police raided a house in the Jihad district of Baghdad on Friday and arrested two "
        "men. Explosive belts were taken from the house."
    )
    seized = next(e for e in code(extractor, text) if e.sub_event_type == "Disrupted weapons use")
    assert seized.location == "Hay al-Jihad"


def test_the_provincial_police_chief_is_in_the_city_just_named(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen opened fire on protesters outside the oil company offices in Amarah on Friday, "
        "wounding six. The provincial police chief was dismissed from his post that evening."
    )
    other = next(e for e in code(extractor, text) if e.sub_event_type == "Other")
    assert other.location == "Amarah"


# Earlier attacks named as context --------------------------------------------------------------------


def test_attacks_earlier_in_the_month_named_as_context_are_not_coded(extractor: RuleExtractor) -> None:
    text = (
        "A roadside bomb hit a PMF supply truck near Tuz Khurmatu on Friday, wounding the driver. "
        "The blast follows bomb attacks on army convoys in Salah al-Din earlier this month."
    )
    assert [e.date for e in code(extractor, text)] == [dt.date(2019, 6, 14)]


# Responses to an attack ------------------------------------------------------------------------------


def test_reinforcements_sent_after_an_attack_are_no_deployment(extractor: RuleExtractor) -> None:
    text = (
        "Two soldiers were killed on Friday when Islamic State militants attacked an army post near "
        "Tarmiyah, north of Baghdad. The attackers escaped into the orchards before reinforcements arrived."
    )
    assert [e.sub_event_type for e in code(extractor, text)] == ["Armed clash"]


# Ground retaken, as announced ------------------------------------------------------------------------


def test_forces_that_had_retaken_a_town_regain_territory(extractor: RuleExtractor) -> None:
    text = "On Friday the defence ministry announced that the army had retaken Baiji from the militants."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Government regains territory"
    assert event.location == "Baiji"


# Live posts and party premises -----------------------------------------------------------------------


def test_a_live_post_now_is_the_day_of_the_story(extractor: RuleExtractor) -> None:
    text = "BASRA now: hundreds of angry young men stormed the provincial council building and set it alight."
    event = code.one(extractor, text)
    assert event.date == dt.date(2019, 6, 15)
    assert event.date_precision == "day"
