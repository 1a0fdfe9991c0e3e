"""Events missed on the sixth development set (src/tigris/data/gold6): releases told after an
apposition, office changes, ground handed over without a shot, units sent in the passive, arrests
tied to an older bombing, and the other wordings of docs/codebook.md, "Rules from the sixth
development set". Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify

code = Coder(dt.date(2021, 3, 10), "gold6-rules")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _sub(text: str) -> str | None:
    trigger = classify(text)
    return None if trigger is None else trigger.sub_event_type


# releases ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Omar Said, the aid worker snatched from his car in Mosul last year, was freed on Monday.",
        "Sara Jabbar, a Danish nurse held hostage near Tikrit, was released on Monday, her employer said.",
    ],
)
def test_a_release_after_an_apposition_of_the_captivity_is_an_agreement(text: str) -> None:
    assert _sub(text) == "Agreement"


def test_a_bare_release_with_no_captivity_told_stays_no_event() -> None:
    assert _sub("Omar Said, the singer from Mosul, was released on Monday with a new album.") is None


def test_a_date_in_a_clause_about_the_person_does_not_date_the_release(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, March 10 (Test Wire) — Omar Said, the engineer who disappeared in Mansour in June 2019, "
        "has been set free and is back with his family, officials said on Wednesday.",
    )
    assert [e.sub_event_type for e in events] == ["Agreement"]
    assert events[0].date == dt.date(2021, 3, 10)


# office changes ---------------------------------------------------------------------------------


def test_relieved_of_his_posts_is_an_office_change() -> None:
    assert (
        _sub("The premier relieved Adnan Kareem of his posts as intelligence chief and adviser.") == "Other"
    )


# ground handed over -----------------------------------------------------------------------------


def test_ground_entered_without_any_exchange_of_fire_is_handed_over(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Kurdish units pulled out of their lines around Sinjar on Monday, and federal troops moved "
        "into the town that evening without any exchange of fire.",
    )
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(
    "text",
    [
        "The troops crossed the valley without any exchange of fire.",
        "The convoy reached Baiji without any clashes, the officer said.",
    ],
)
def test_a_fight_word_after_without_any_tells_no_fight(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


# forces moved -----------------------------------------------------------------------------------


def test_units_dispatched_in_the_passive_are_a_change_to_group_activity() -> None:
    text = "Three battalions of the army's rapid response force were dispatched to Tuz district on Friday."
    assert _sub(text) == "Change to group/activity"


def test_police_sent_to_the_scene_is_no_deployment() -> None:
    assert _sub("Policemen were sent to the scene and the wounded were taken to hospital.") is None


# arrests tied to an older bombing ---------------------------------------------------------------


def test_men_of_the_cell_that_laid_the_bomb_are_arrested() -> None:
    text = "Troops stormed a farm near Hawija and detained two men said to belong to the cell that planted the bomb."
    assert _sub(text) == "Arrests"


def test_the_toll_of_the_crime_named_is_not_the_arrests(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Police detained four men in Kut on Monday; they are accused of placing the bomb that killed "
        "three traders at the market in 2018.",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert not events[0].fatalities


def test_a_raid_that_netted_men_is_an_arrest() -> None:
    text = "An overnight police sweep through the orchards of Yathrib netted six men wanted for terrorism."
    assert _sub(text) == "Arrests"


def test_a_detention_the_victims_party_calls_an_abduction_stays_an_arrest(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "ERBIL, March 10 — Karwan Ali, a local opposition leader, was detained by the Asayish in Erbil on "
        "Tuesday; his movement called it a kidnapping.",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


# crowds broken up -------------------------------------------------------------------------------


def test_crowds_broken_up_with_tear_gas_on_a_day_told_are_a_protest_with_intervention(
    extractor: RuleExtractor,
) -> None:
    events = code(
        extractor,
        "Monday 8 March — In Kut, riot police broke up crowds with tear gas as they tried to reach the governor's office.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


# property and media --------------------------------------------------------------------------------


def test_homes_seized_from_their_owners_are_looting(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Militants seized the houses of Yazidi families in Sinjar on Monday and moved their own men in.",
    )
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_house_searched_is_no_looting() -> None:
    assert _sub("Police searched the houses of two suspects in Kut.") != "Looting/property destruction"


def test_an_order_closing_a_channels_offices_is_a_restriction() -> None:
    text = "The regulator ordered on Monday the closure of the Basra offices of three television channels for a month."
    assert _sub(text) == "Other"


def test_an_armed_groups_hideout_found_is_disrupted_weapons_use() -> None:
    text = "Troops combed the Hamrin foothills on Friday and found a hideout used by Islamic State remnants."
    assert _sub(text) == "Disrupted weapons use"


def test_a_fugitives_hideout_is_no_weapons_find() -> None:
    assert _sub("Police found the hideout of the escaped convict in Basra.") is None


# protests told by their demand ----------------------------------------------------------------------


def test_a_gathering_told_by_its_demand_is_a_protest() -> None:
    assert _sub(
        "Some 150 laid-off workers gathered outside the oil company in Amarah demanding their jobs back."
    ) == ("Peaceful protest")


def test_fire_on_a_crowd_demanding_jobs_is_excessive_force() -> None:
    text = "A teenager was killed on Monday when guards opened fire on a crowd demanding water outside the refinery."
    assert _sub(text) == "Excessive force against protesters"


def test_a_road_blocked_with_burning_tyres_is_a_protest() -> None:
    assert (
        _sub("Young men blocked the highway to Kut with burning tyres on Monday night.") == "Peaceful protest"
    )


def test_a_road_blocked_by_police_is_no_protest() -> None:
    assert _sub("Police blocked the roads into the city on Monday.") is None


def test_tear_gas_on_a_crowd_in_another_governorate_is_its_own_protest(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "In Samawah, young men blocked the road to the port with burning tyres on Monday. In Kut, riot "
        "police fired tear gas at a crowd that tried to reach the water directorate.",
    )
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Peaceful protest", "Samawah"),
        ("Protest with intervention", "Kut"),
    ]


# calls ------------------------------------------------------------------------------------------


def test_a_call_to_gather_for_a_cause_is_a_call() -> None:
    text = "The cleric on Tuesday called on his followers to gather in Tahrir Square on Friday in support of the strikers."
    trigger = classify(text)
    assert trigger is not None
    assert (trigger.sub_event_type, trigger.plover_type) == ("Other", "DEMAND")


@pytest.mark.parametrize(
    "text",
    [
        "The army moved to gather intelligence against the cells.",
        "Families began to gather at the hospital to demand news of their sons.",
    ],
)
def test_to_gather_with_no_call_is_no_protest(text: str) -> None:
    assert _sub(text) is None


def test_people_held_as_they_tried_to_gather_to_protest_are_a_protest() -> None:
    text = "Police detained dozens who tried to gather in Kut on Saturday to protest against unpaid salaries."
    assert _sub(text) == "Protest with intervention"


# a car fired on ---------------------------------------------------------------------------------


def test_troops_who_fire_on_a_car_and_kill_are_an_attack(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Soldiers at a checkpoint outside Samarra opened fire on a taxi on Monday night, killing a passenger "
        "and wounding the driver.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].fatalities == 1


def test_troops_who_fire_on_a_car_and_hit_no_one_are_no_attack() -> None:
    assert _sub("Soldiers fired on a car that failed to stop at the checkpoint; the driver fled.") is None


# bombs fixed under cars, and captives killed -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A magnetic bomb wounded a judge in Amarah on Monday morning.",
        "A device strapped to the underside of his car killed a council member in Kut on Monday.",
    ],
)
def test_a_bomb_fixed_to_a_car_is_an_ied(text: str) -> None:
    assert _sub(text) == "Remote explosive/landmine/IED"


def test_an_abduction_then_the_captives_found_shot_are_two_events(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Masked gunmen abducted six farmers near Tuz Khurmatu on Monday, and the bodies of four of them "
        "were found shot in an orchard the next day, police said.",
    )
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_the_body_of_a_kidnapped_man_found_is_the_killing_alone(extractor: RuleExtractor) -> None:
    events = code(extractor, "The body of a kidnapped engineer was found shot near Tuz Khurmatu on Monday.")
    assert [e.sub_event_type for e in events] == ["Attack"]
