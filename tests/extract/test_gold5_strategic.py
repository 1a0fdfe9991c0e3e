"""Strategic developments missed or invented on the fifth development set (src/tigris/data/gold5):
releases, halts, office changes, ground and bases handed over, troop moves, arrests, defusals, and
finds, tallies and feuds that are no event. Sentences written for tigris (docs/codebook.md, "Rules
from the fifth development set")."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify

code = Coder(dt.date(2021, 3, 10), "gold5-strategic")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(extractor: RuleExtractor, text: str) -> list[str]:
    return sorted(e.sub_event_type for e in code(extractor, text))


# releases ---------------------------------------------------------------------------------------


def test_a_release_after_a_relative_clause_of_the_abduction_gives_both(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KIRKUK, March 10 — The engineer Karim Yousef, who was kidnapped from his car in Kirkuk on "
        "February 20, was freed on Monday, the provincial police said.",
    )
    by_sub = {e.sub_event_type: e for e in events}
    assert set(by_sub) == {"Abduction/forced disappearance", "Agreement"}
    assert by_sub["Abduction/forced disappearance"].date == dt.date(2021, 2, 20)
    assert by_sub["Agreement"].date == dt.date(2021, 3, 8)


@pytest.mark.parametrize(
    "text",
    [
        "His brother says he was let go near Tikrit on Monday night and is back home.",
        "The contractor was released in Mosul on Monday and returned safely to his family.",
        "Relatives said the two teachers were freed on Monday, unharmed.",
    ],
)
def test_a_release_told_by_the_homecoming_is_an_agreement(extractor: RuleExtractor, text: str) -> None:
    assert classify(text) is not None
    assert classify(text).sub_event_type == "Agreement"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The governor ordered the release of all students detained since the sit-in began.",
        "The judicial council approved the immediate release of all the detained students.",
    ],
)
def test_an_order_to_free_detainees_is_an_agreement(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The band's second album was released in May and sold well in Erbil.",
        "The minister was released from hospital on Monday after a minor operation.",
        "The ministry released a statement on Monday about fuel prices.",
        "The youth was released on bail after questioning over a traffic accident.",
    ],
)
def test_other_releases_are_no_agreement(text: str) -> None:
    trigger = classify(text)
    assert trigger is None or trigger.sub_event_type != "Agreement"


def test_a_demand_for_a_release_is_no_agreement(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "Families demanded the release of the detained students outside the court on Monday."
    )
    assert all(e.sub_event_type != "Agreement" for e in events)


# a group's own halt -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cleric ordered his militia on Monday to freeze all its activities for a year.",
        "Coalition troops suspended offensive operations around the town on Monday to allow talks.",
        "The army halted combat operations in the valley on Monday for the pilgrimage.",
    ],
)
def test_a_halt_to_operations_is_an_agreement(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The airport suspended flights on Monday because of the dust storm.",
        "Iran urged the factions on Monday to halt their attacks on the embassy.",
    ],
)
def test_other_halts_are_no_agreement(text: str) -> None:
    trigger = classify(text)
    assert trigger is None or trigger.sub_event_type != "Agreement"


# office changes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Basra stepped aside as head of the provincial council on Sunday.",
        "The interior minister stood down from the post on Sunday after the jailbreak.",
        "The premier relieved Major General Salim al-Jubouri of his command on Sunday.",
        "The president asked Ali Hamid, a former finance minister, to form a new government on Sunday.",
        "The premier on Sunday named Brigadier Hassan Ali, the officer who led the Mosul assault, as "
        "head of the border guards.",
        "The Kurdish bloc said on Sunday that it was suspending its participation in parliament.",
    ],
)
def test_office_changes_told_other_ways_are_other(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Other"


@pytest.mark.parametrize(
    "text",
    [
        "The police chief said the roads were open again.",
        "The driver stepped aside to let the ambulance pass.",
        "The mayor asked the residents to stay indoors during the dust storm.",
        "The ministry appointed a committee to study prices.",
        "Police questioned a man named Ali Hassan, described as the head of a car-theft ring.",
    ],
)
def test_ordinary_sentences_are_no_office_change(text: str) -> None:
    trigger = classify(text)
    assert trigger is None or trigger.sub_event_type != "Other"


def test_a_naming_is_dated_by_its_own_day_not_the_description(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, March 10 — The prime minister on Monday named General Saad Karim, the commander whose "
        "dismissal last June angered many officers, as head of the federal police.",
    )
    assert (event.sub_event_type, event.date) == ("Other", dt.date(2021, 3, 8))


# ground and bases handed over, troop moves ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "British forces handed security control of Maysan province to Iraqi forces on Tuesday.",
        "Iraqi troops moved into the old quarter of Tal Afar on Tuesday without meeting resistance.",
        "Federal police took control of the Khurmala field on Tuesday, which Kurdish units had abandoned "
        "overnight.",
    ],
)
def test_ground_changing_hands_without_a_fight(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Non-violent transfer of territory"


def test_ground_abandoned_to_an_attacker_stays_taken(extractor: RuleExtractor) -> None:
    trigger = classify(
        "Islamic State fighters took control of Baiji on Tuesday after army units abandoned their posts."
    )
    assert trigger is not None and trigger.sub_event_type != "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "The coalition handed the Qayyarah air base south of Mosul over to the Iraqi army on Tuesday.",
        "Australian troops pulled out of the Camp Dublin compound on Tuesday.",
        "The last Turkish commando battalion rolled across the border into Turkey on Tuesday.",
        "A convoy of about 40 American armoured vehicles crossed from Syria into the Kurdistan Region on "
        "Tuesday.",
        "The army sent two more battalions into the Makhmour district on Tuesday.",
        "The PMF moved three companies of fighters into the villages west of Tuz Khurmatu on Tuesday.",
        "The Interior Ministry added a new brigade of 800 border guards on Tuesday.",
    ],
)
def test_bases_handed_over_and_forces_moved_are_changes_to_activity(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of aid trucks crossed from Turkey into Syria on Tuesday.",
        "The ministry sent two letters to parliament on Tuesday.",
        "The factory added a new production line on Tuesday.",
        "The football team pulled out of the tournament on Tuesday.",
    ],
)
def test_other_moves_are_no_change_to_activity(text: str) -> None:
    trigger = classify(text)
    assert trigger is None or trigger.sub_event_type != "Change to group/activity"


def test_troops_sent_and_a_post_set_up_are_two_events(extractor: RuleExtractor) -> None:
    subs = _subs(
        extractor,
        "The army sent two battalions into the Makhmour district on Tuesday and set up a new command post "
        "in Gwer.",
    )
    assert subs == ["Change to group/activity", "Headquarters or base established"]


def test_arrests_and_weapons_taken_from_the_men_stay_one_arrest(extractor: RuleExtractor) -> None:
    subs = _subs(
        extractor,
        "Troops arrested four Islamic State suspects in Tarmiyah on Tuesday and seized their rifles.",
    )
    assert subs == ["Arrests"]


# arrests and defusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raided three farms near Hawija on Monday, detaining six suspected militants.",
        "Police swept the market on Monday, rounding up a dozen men wanted on terrorism charges.",
        "Intelligence officers seized a man described as the group's financier at a checkpoint in Ramadi.",
    ],
)
def test_arrests_told_other_ways(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Arrests"


def test_gunmen_who_seize_a_man_abduct_him() -> None:
    trigger = classify("Masked gunmen seized a man described as a local trader outside his shop in Basra.")
    assert trigger is None or trigger.sub_event_type != "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers made safe a 30-kilo charge buried under the road near Tikrit on Monday.",
        "A police bomb squad neutralised the charge before it could go off.",
    ],
)
def test_a_bomb_called_a_charge_made_safe_is_disrupted(text: str) -> None:
    trigger = classify(text)
    assert trigger is not None and trigger.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "The court dropped the charges against the two journalists on Monday.",
        "The former governor was cleared of all charges on Monday.",
    ],
)
def test_charges_in_court_are_no_bomb(text: str) -> None:
    trigger = classify(text)
    assert trigger is None or trigger.sub_event_type != "Disrupted weapons use"


# finds, tallies and feuds that are no event ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Engineers searched the road afterwards and found no other bombs.",
        "During the exercise, divers found a dummy bomb under the pier and made it safe.",
        "Rockets struck the airport late on Monday. The launchers were later found in an orchard outside "
        "the city.",
        "Security forces have detained 52 suspects in Anbar since the start of the year.",
        "The militants have destroyed several churches in the province since last summer.",
    ],
)
def test_no_weapon_stopped_and_no_new_event(extractor: RuleExtractor, text: str) -> None:
    subs = _subs(extractor, text)
    assert not {"Disrupted weapons use", "Arrests", "Looting/property destruction"} & set(subs), subs


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers found a loaded rocket launcher aimed at the base in an orchard near Balad on Monday.",
        "Police defused a bomb under a bridge in Baghdad's Karkh district on Monday.",
        "Troops have arrested 12 suspects in Anbar, the army said on Monday.",
    ],
)
def test_real_finds_and_arrests_stay(extractor: RuleExtractor, text: str) -> None:
    assert _subs(extractor, text)


def test_a_feud_made_up_by_family_elders_is_no_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Police arrested two men and seized their pistols, and elders from both families agreed a truce on "
        "Monday.",
    )
    assert events == []


def test_a_site_on_one_side_of_a_district_is_one_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, March 10 — Police engineers defused a bomb left under the Aimmah Bridge on the Kadhimiya "
        "side of the river on Tuesday.",
    )
    assert len(events) == 1, events
