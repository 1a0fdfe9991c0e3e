"""Violent events told the way the seventh development set (part A) tells them: doers named in a
later claim or as "fighters of" a group, tolls revised and broken down, weekdays of a later count,
accidents and rumours that are no attack. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.fatalities import read_figures

code = Coder(dt.date(2022, 5, 18), "gold7-part-a")  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# --- tolls -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, dead, injured",
    [
        ("Medics said about 40 people had been treated for wounds after the blast.", None, 40),
        ("Doctors put the night's dead at about 25.", 25, None),
        ("By Monday evening the number had risen to 47.", 47, None),
        ("The bomb killed two soldiers, a policeman and three shepherds near Baiji.", 6, None),
        ("The shelling wounded four soldiers, two policemen and a nurse.", None, 7),
        ("The drone strike killed Ali Hamza, an officer of the unit, and a second guard.", 2, None),
        ("The judge was killed on Sunday with three of his guards when his convoy was ambushed.", 4, None),
        ("A sniper shot dead a policeman at the gate, wounding another officer.", 1, 1),
    ],
)
def test_tolls_told_in_other_words(text, dead, injured):
    figures = read_figures(text)
    assert figures.low == dead
    assert figures.injured == injured


def test_a_revised_toll_keeps_the_first_figure_as_low():
    figures = read_figures("Officials said nine were killed; by dawn the count stood at 14.")
    assert (figures.low, figures.high) == (9, 14)


def test_a_count_reached_by_a_later_day_is_the_events_toll(extractor):
    text = (
        "A car bomb tore through a vegetable market in Baquba on Monday afternoon. "
        "Police first spoke of 20 dead. By Wednesday hospitals had counted 26 dead and about 50 wounded."
    )
    event = code.one(extractor, text)
    assert event.date == dt.date(2022, 5, 16)
    assert (event.fatalities_low, event.fatalities_high, event.injured) == (20, 26, 50)


def test_a_number_reached_and_people_treated_told_the_next_day_are_the_events_toll(extractor):
    text = (
        "A car bomb exploded outside a bakery in Kirkuk on Monday, killing 12 people. "
        "The health office said on Tuesday that the number had reached 19 and that 40 people had been "
        "treated for wounds."
    )
    event = code.one(extractor, text)
    assert (event.fatalities_low, event.fatalities_high, event.injured) == (12, 19, 40)


def test_a_toll_put_on_a_later_morning_is_the_events_toll(extractor):
    text = (
        "A roadside bomb hit an army patrol near Tarmiyah on Monday, killing four soldiers. "
        "This morning the military hospital put the toll at six."
    )
    event = code.one(extractor, text)
    assert (event.fatalities_low, event.fatalities_high) == (4, 6)


def test_a_day_told_in_a_later_clause_does_not_make_the_toll_an_event(extractor):
    text = (
        "A drone struck a car near Sinjar on Tuesday, local officials said. "
        "Three people were killed, the mayor said, and crews were still clearing the road on Wednesday."
    )
    event = code.one(extractor, text)
    assert event.date == dt.date(2022, 5, 17)
    assert event.fatalities_low == 3


def test_one_more_death_told_later_is_added(extractor):
    text = (
        "A rocket hit a house in Erbil on Monday, killing a woman. "
        "On Tuesday doctors said a boy who had been hurt in the blast had died of his wounds."
    )
    event = code.one(extractor, text)
    assert event.fatalities_low == 2


def test_the_strikes_told_again_as_the_subject_of_a_toll_are_no_new_fight(extractor):
    text = (
        "Turkish jets bombed positions near Amadiya on Sunday. "
        "Local officials said the raids had killed two soldiers and a shepherd."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities_low == 3


def test_a_days_sum_over_several_attacks_is_no_event(extractor):
    text = (
        "A suicide bomber struck a police recruiting centre in Hilla on Monday, killing 17. "
        "In all, 60 people were killed in a wave of bombings across the country on Monday."
    )
    event = code.one(extractor, text)
    assert event.fatalities_low == 17


# --- doers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic State said on its Telegram channel that one of its fighters had detonated the car.",
        "Daesh issued a statement on Tuesday saying its men had carried it out.",
        "A police colonel said the attackers were Islamic State militants from the nearby desert.",
    ],
)
def test_a_claim_or_an_identification_told_later_names_the_doer(extractor, claim):
    text = f"A car bomb exploded at a checkpoint outside Tikrit on Monday, killing five people. {claim}"
    event = code.one(extractor, text)
    assert event.actor1 == "Islamic State (Iraq)"


def test_fighters_of_a_group_after_when_are_the_group(extractor):
    text = "Four soldiers were killed on Friday when militants of the Islamic State ambushed their patrol near Tuz Khurmatu."
    event = code.one(extractor, text)
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 == "Military Forces of Iraq"


def test_gunmen_of_a_group_hitting_a_checkpoint_fight_its_guards(extractor):
    text = "Gunmen of the Islamic State group hit an army checkpoint near Hawija late on Monday."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 == "Military Forces of Iraq"


def test_who_is_at_the_place_struck_is_struck_too(extractor):
    text = "The Balad base, where troops of the US-led coalition train Iraqi pilots, was struck by rockets on Sunday."
    event = code.one(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Global Coalition Against Daesh"


def test_forces_named_together_act_as_one_side_led_by_the_first(extractor):
    text = "Iraqi commandos and American troops raided an Islamic State hideout near Rutba on Thursday, killing nine militants."
    event = code.one(extractor, text)
    assert event.actor1 == "Military Forces of Iraq"
    assert event.actor2 == "Islamic State (Iraq)"


def test_allies_told_at_the_side_of_the_first_force_are_not_the_doer(extractor):
    text = (
        "Iraqi troops, with tribal fighters and Peshmerga units at their side, retook the town of "
        "Sulaiman Bek from the Islamic State on Sunday."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1 == "Military Forces of Iraq"


def test_the_town_just_told_places_strikes_told_beside_the_country(extractor):
    text = (
        "Army units entered Tuz Khurmatu on Monday after a week of fighting. "
        "The push followed coalition air strikes on militants around the town, the first such raids in "
        "that part of Iraq."
    )
    strikes = [e for e in code(extractor, text) if e.sub_event_type == "Air/drone strike"]
    assert [e.location for e in strikes] == ["Tuz Khurmatu"]


def test_people_driven_away_by_gunmen_are_abducted(extractor):
    text = (
        "Masked gunmen stopped a minibus near Tarmiyah on Monday and drove off with nine Turkish engineers."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2 == "Civilians (Turkey)"


def test_the_foe_of_a_victims_past_is_no_doer(extractor):
    text = (
        "Sheikh Hamid Farhan, who led his tribe against the Islamic State, died on Monday when a bomb "
        "hidden under his car exploded in Hit."
    )
    event = code.one(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_person_shot_outside_the_home_is_attacked_by_no_group_of_the_persons_work(extractor):
    text = (
        "Salah Hadi, an engineer who wrote reports on the Islamic State for the ministry, was shot early on "
        "Sunday outside his house in Mosul. He died of his wounds that night."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.fatalities_low == 1


def test_an_old_shooting_named_in_a_clause_about_the_victim_is_no_event(extractor):
    text = (
        "A court in Basra sentenced a man to life in prison on Sunday for the murder of a teacher, who was "
        "shot outside his home in March 2020."
    )
    assert all(e.sub_event_type != "Attack" for e in code(extractor, text))


def test_a_group_named_before_killed_by_a_weapon_is_the_victim(extractor):
    text = "A commander of Asaib Ahl al-Haq, Abu Zainab, was killed on Monday by a bomb planted at his gate in Basra."
    event = code.one(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Asaib Ahl al-Haq"


def test_a_crowd_of_traders_struck_is_civilians(extractor):
    text = "Two bombers blew themselves up among traders at a cattle market in Baquba on Friday."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor2 == "Civilians (Iraq)"


# --- kinds of events -------------------------------------------------------------------------


def test_a_vehicle_blown_up_by_its_driver_is_a_suicide_bomb(extractor):
    text = "A fuel tanker loaded with explosives was blown up by its driver at a market in Hilla on Friday."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"


def test_a_drone_that_fires_missiles_makes_a_drone_strike(extractor):
    text = "A drone fired two missiles at a car in Baghdad late on Monday, killing three men."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Air/drone strike"


def test_the_launcher_of_the_attack_found_after_it_is_no_weapons_seizure(extractor):
    text = (
        "Rockets hit Balad air base on Tuesday night. Police said the rockets had been launched from a truck "
        "that was later found parked near Dujail, with several rockets still loaded."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_people_who_came_to_help_and_came_under_fire_are_the_same_attack(extractor):
    text = (
        "Gunmen killed six farmers in a village near Khanaqin on Sunday night. "
        "When neighbours went to help later that night, they came under fire."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Attack"


def test_deeds_someone_is_held_responsible_for_are_no_events(extractor):
    text = (
        "A US drone struck a car in eastern Baghdad on Tuesday night, killing a militia commander. "
        "The Pentagon said its forces had killed the commander, whom it held responsible for attacks on "
        "US troops, among them a rocket strike in Syria last week."
    )
    event = code.one(extractor, text)
    assert event.location == "Baghdad"
    assert event.date == dt.date(2022, 5, 17)


# --- no political event ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Panic spread through the market after a man shouted that a car bomb was about to go off.",
        "Fireworks set a wedding tent alight in Tuz Khurmatu on Saturday, killing 11 guests. "
        "Police detained the organisers.",
        "Rescuers fought strong winds and waves through the night on Lake Tharthar.",
    ],
)
def test_accidents_and_rumours_are_no_events(extractor, text):
    assert code(extractor, text) == []
