"""Fights and killings told in words the rules had missed, and a family feud that is crime.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2019, 11, 12), "session8-fights")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_militants_hanging_captives_is_an_attack_on_civilians(extractor):
    event = code.one(
        extractor,
        "Islamic State militants hanged four men accused of spying in a village south of Mosul on Saturday.",
    )
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "Islamic State (Iraq)" and event.actor2 == "Civilians (Iraq)"
    assert event.fatalities_low == 4


def test_a_state_hanging_convicts_is_no_attack(extractor):
    assert (
        code(extractor, "The government hanged 21 men convicted of terrorism at Nasiriyah prison on Monday.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Heavy gunfire broke out between two tribes in the Garma district on Monday night.",
        "Gunfire erupted between Peshmerga and PMF fighters near Altun Kupri on Monday.",
    ],
)
def test_gunfire_breaking_out_between_two_sides_is_a_clash(extractor, text):
    assert code.one(extractor, text).sub_event_type == "Armed clash"


def test_residents_who_tell_of_a_clash_are_not_the_crowd_in_it(extractor):
    event = code.one(
        extractor,
        "Clashes broke out between two tribes in the Garma district on Monday night, residents said.",
    )
    assert event.sub_event_type == "Armed clash"


def test_residents_who_clash_with_police_still_riot(extractor):
    assert (
        code.one(extractor, "Angry residents clashed with police in Garma on Monday.").event_type == "Riots"
    )


def test_a_shoot_out_between_two_families_is_crime(extractor):
    text = (
        "A shoot-out broke out between two families over a plot of land in Basra on Monday, leaving two dead."
    )
    assert code(extractor, text) == []


def test_a_firefight_between_police_and_militiamen_after_a_quarrel_is_still_a_clash(extractor):
    text = (
        "A quarrel at a checkpoint in Basra turned into a firefight between police and militiamen on Monday."
    )
    assert code.one(extractor, text).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Haider al-Abadi ordered the army to retake Ramadi on Monday.",
        "Haider al-Abadi vowed on Monday to retake Ramadi within days.",
        "The army vowed to storm the town and ordered residents to leave.",
    ],
)
def test_a_fight_vowed_or_ordered_has_not_happened(extractor, text):
    assert code(extractor, text, dt.date(2015, 5, 19)) == []


def test_ground_retaken_after_a_vow_is_still_retaken(extractor):
    text = "Troops retook Ramadi on Monday, a week after Haider al-Abadi vowed to win it back."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    "text, actor1",
    [
        (
            "The Counter Terrorism Service killed five IS members in a raid near Tuz Khurmatu on Sunday.",
            "Military Forces of Iraq",
        ),
        ("The PMF killed three Daesh fighters near Baiji on Sunday.", "Popular Mobilization Forces"),
    ],
)
def test_a_force_named_as_a_body_that_kills_militants_fights_them(extractor, text, actor1):
    (event,) = code(extractor, text, dt.date(2021, 6, 15))
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == actor1 and event.actor2 == "Islamic State (Iraq)"
    assert event.fatalities_low in (5, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man for selling fake medicines in Baghdad on Sunday.",
        "Police in Basra detained two men on charges of blackmail on Monday.",
    ],
)
def test_arrests_for_ordinary_crime_are_no_event(extractor, text):
    assert code(extractor, text) == []


def test_an_event_dated_years_after_an_old_massacre_is_remembered_not_told(extractor):
    text = "Ten years after the Speicher massacre, families gathered in Tikrit on Saturday to remember the victims."
    assert [e for e in code(extractor, text) if e.event_type == "Violence against civilians"] == []


def test_an_attack_told_years_after_an_old_event_is_still_told(extractor):
    text = "Five years after the fall of Mosul, IS militants attacked a village near Qayyarah on Monday, killing two."
    assert code.one(extractor, text).fatalities_low == 2


def test_detained_people_released_are_a_release_not_an_arrest(extractor):
    event = code.one(
        extractor, "The Iraqi government released 30 detained protesters in Nasiriyah on Monday."
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Government of Iraq"


def test_people_detained_by_the_police_are_still_arrested(extractor):
    events = code(extractor, "Police said 30 people were detained in Nasiriyah on Monday.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_an_official_suspended_is_an_office_change(extractor):
    text = "The interior minister suspended the police chief of Dhi Qar on Monday after the killings."
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.plover_type) == ("Other", "CONCEDE")


def test_operations_suspended_are_no_office_change(extractor):
    events = code(extractor, "The army suspended operations in the area on Monday.")
    assert [(e.sub_event_type, e.plover_type) for e in events] == [("Agreement", "AGREE")]  # a halt


@pytest.mark.parametrize(
    "text, giver, taker",
    [
        (
            "The PMF handed over its positions in Jurf al-Sakhar to the army on Thursday.",
            "Popular Mobilization Forces",
            "Military Forces of Iraq",
        ),
        (
            "Peshmerga forces handed over their checkpoints near Makhmour to federal police on Sunday.",
            "Peshmerga",
            "Police Forces of Iraq",
        ),
    ],
)
def test_positions_handed_over_to_another_force_are_ground_changing_hands(extractor, text, giver, taker):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.actor1, event.actor2) == (giver, taker)


def test_suspects_handed_over_to_a_court_are_no_ground(extractor):
    assert code(extractor, "Police handed over their suspects to the court on Monday.") == []


def test_a_crowd_trading_stones_with_police_riots(extractor):
    text = (
        "Protesters and riot police traded stones and tear gas canisters near the council in Kut on Sunday."
    )
    assert code.one(extractor, text).sub_event_type == "Violent demonstration"


def test_teachers_boycotting_classes_protest(extractor):
    text = "Kurdish teachers boycotted classes across Sulaymaniyah on Sunday over delayed salaries."
    assert code.one(extractor, text).sub_event_type == "Peaceful protest"


def test_leaders_trading_accusations_is_no_event(extractor):
    assert code(extractor, "The two leaders traded accusations in Baghdad on Sunday.") == []


def test_a_journalist_beaten_while_covering_a_protest_is_attacked(extractor):
    text = "Members of a PMF brigade beat a journalist covering a protest in Basra on Sunday."
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack",
        "Popular Mobilization Forces",
        "Civilians (Iraq)",
    )


def test_force_used_on_a_protest_the_reporters_covered_is_still_told(extractor):
    text = (
        "Reporters covering the protests in Nasiriyah said police fired live rounds at the crowd on Sunday, "
        "killing two."
    )
    assert code.one(extractor, text).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "The standoff was apparently defused by Friday afternoon, when most of the vehicles had left the Green Zone.",
        "Mediators defused the crisis between the two blocs in Baghdad on Sunday.",
    ],
)
def test_a_standoff_defused_is_no_bomb_made_safe(extractor, text):
    assert [e for e in code(extractor, text) if e.sub_event_type == "Disrupted weapons use"] == []


def test_a_bomb_defused_is_still_one(extractor):
    assert (
        code.one(extractor, "A bomb was defused near Tarmiyah on Sunday.").sub_event_type
        == "Disrupted weapons use"
    )


def test_attacks_a_group_never_claimed_are_not_told(extractor):
    text = "Kataib Hezbollah has never claimed the rocket attacks on US sites, although it has praised them."
    assert code(extractor, text) == []


def test_the_group_that_used_a_building_raided_is_the_one_arrested(extractor):
    text = (
        "Iraq's Counter-Terrorism Service raided a building used by Kataib Hezbollah in Dora late on Thursday "
        "and detained 14 people."
    )
    (event,) = code(extractor, text, dt.date(2020, 6, 26))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Arrests",
        "Military Forces of Iraq",
        "Kataib Hezbollah",
    )
