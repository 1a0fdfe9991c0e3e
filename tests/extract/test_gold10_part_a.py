"""Rules from the tenth development set (part A): captives taken away and clergy seized, ground handed
to a command, men dragged from home and shot, the end of an attack and the deaths in it told after it,
civilians ambushed on the road, a detention after a shoot-out, a rigged building, a day told as its
event's, the victim busy when the blast came, running totals, office holders counted, hedged
attributions and possible tolls. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2006, 5, 10), "gold10-part-a")  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_armed_men_who_took_away_workers_abducted_them(extractor):
    text = (
        "Men in army fatigues stopped a bus outside Baqubah on Tuesday and took away the driver and "
        "six electricity workers."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.location == "Baqubah"


def test_a_priest_seized_and_his_guard_shot_are_two_events(extractor):
    text = "Gunmen seized a Syriac priest in Kirkuk on Monday and shot dead his guard."
    subs = sorted(e.sub_event_type for e in code(extractor, text))
    assert subs == ["Abduction/forced disappearance", "Attack"]


def test_security_handed_to_iraqi_command_is_ground_handed_over(extractor):
    text = "Danish troops handed security for Qurna to Iraqi command on Tuesday."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_security_responsibility_given_up_names_who_gave_it(extractor):
    text = (
        "Najaf on Tuesday became the third province returned to Iraqi control. Coalition forces gave up "
        "security responsibility for the province to the Iraqi army."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Multi-National Force – Iraq"


def test_men_dragged_from_their_houses_and_shot_were_attacked(extractor):
    text = "In Mahmudiya on Tuesday, gunmen dragged nine farmers out of their houses and shot them."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"
    assert event.fatalities == 9


def test_attackers_shot_dead_at_the_end_are_no_new_attack(extractor):
    text = (
        "A suicide bomber rammed a truck into the gate of a police station in Kirkuk on Tuesday. Four "
        "members of the security forces were killed before the gunmen were shot dead."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities == 4


def test_others_who_died_in_the_shooting_are_no_new_attack(extractor):
    text = (
        "Two Dutch soldiers were killed on Tuesday when gunmen fired on their patrol in Rumaitha. Local "
        "people said a shepherd also died in the shooting."
    )
    assert len(code(extractor, text)) == 1


def test_civilians_ambushed_in_their_cars_were_attacked(extractor):
    text = (
        "Gunmen ambushed a minibus carrying five telecom engineers near Latifiya on Tuesday and "
        "killed all five."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"


def test_a_crowd_that_then_burns_the_cars_goes_on_with_the_attack(extractor):
    text = (
        "Gunmen shot dead three journalists in their car in Samarra on Tuesday. A crowd then set the car "
        "on fire and dragged the bodies along the road."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"


def test_a_detention_after_an_exchange_of_fire_is_the_arrest(extractor):
    text = "Iraqi police detained three foreign security guards at a checkpoint in Hilla on Tuesday after an exchange of fire."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Arrests"


def test_a_house_rigged_with_explosives_and_set_off_is_a_bombing(extractor):
    text = "On Tuesday insurgents rigged a house in Samarra with explosives and set them off as soldiers searched it."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_yesterdays_siege_dates_the_story_told_next(extractor):
    text = (
        "Baiji is quiet today after yesterday's siege of the town hall. Gunmen stormed the building "
        "and killed eleven people."
    )
    event = code.one(extractor, text)
    assert event.date == dt.date(2006, 5, 9)


def test_the_man_busy_when_the_bomb_went_off_did_not_set_it(extractor):
    text = "Abdul Aziz al-Hakim had just left a mosque in Najaf when a car bomb went off on Tuesday, killing him."
    event = code.one(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_deaths_across_a_region_since_then_are_a_running_total(extractor):
    text = (
        "Iraqi troops launched an offensive against the Mahdi Army in Kut on Tuesday. Dozens have been "
        "killed across the province since then."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 0


def test_an_official_and_those_killed_along_with_him_are_counted(extractor):
    text = (
        "A roadside bomb killed the mayor of Haditha, Saad Ali, along with his driver and a guard on Tuesday."
    )
    assert code.one(extractor, text).fatalities == 3


def test_an_official_named_and_a_police_chief_count_two(extractor):
    text = "A bomb killed the governor of Diyala, Ahmed Saleh, and the province's police chief on Tuesday."
    assert code.one(extractor, text).fatalities == 2


def test_a_hedged_word_on_some_of_the_gunmen_names_no_force(extractor):
    text = (
        "On Tuesday gunmen, some of them soldiers according to witnesses, shot dead twelve men in Muqdadiya."
    )
    event = code.one(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_toll_that_could_be_higher_gives_the_high_figure(extractor):
    text = (
        "Gunmen shot dead at least 20 men in Muqdadiya on Tuesday. Elders said the toll of the killings "
        "could be 35."
    )
    event = code.one(extractor, text)
    assert (event.fatalities_low, event.fatalities_high) == (20, 35)


def test_the_dead_of_a_named_band_are_counted(extractor):
    text = (
        "Iraqi troops fought a gang of smugglers near Rutba on Tuesday. Police said about 30 of the "
        "gang's fighters were killed."
    )
    assert code.one(extractor, text).fatalities == 30


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a side's own count of its dead is the high figure
        (
            "Rockets fell on a camp of Iranian exiles in Baghdad on Tuesday. Police said three people were "
            "killed; the exiles put their dead at five.",
            3,
            5,
        ),
        # a toll put above a figure
        (
            "A car bomb killed at least 40 people outside a mosque in Hilla on Tuesday. Local clerics put the "
            "toll above 60.",
            40,
            60,
        ),
        # a day's sum of many attacks is no toll of one
        (
            "A bomb killed at least 12 people in a market in Kut on Tuesday. It was the worst of many "
            "attacks that day, which together killed more than 50.",
            12,
            12,
        ),
        # a toll revised in the pluperfect
        (
            "Two bombers struck a wedding hall in Tal Afar on Tuesday. First reports spoke of 20 dead; by "
            "evening officials said 35 people had died.",
            20,
            35,
        ),
    ],
    ids=["own-count", "above", "days-sum", "pluperfect"],
)
def test_the_low_and_high_figures_of_a_toll(extractor, text, low, high):
    event = code.one(extractor, text)
    assert (event.fatalities_low, event.fatalities_high) == (low, high)


def test_a_town_that_ends_a_persons_name_is_no_place(extractor):
    text = "A bomb near Baqubah killed the mayor of Khalis, Ahmed Jalil Hamza, and his driver on Tuesday."
    event = code.one(extractor, text)
    assert event.location == "Baqubah"
