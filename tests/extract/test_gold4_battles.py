"""Weak spots found with the fourth development set (src/tigris/data/gold4, g520–g560): battles, bombs,
crowds and stories with no event. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify

code = Coder(dt.date(2019, 4, 10), "gold4-battles")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# events the rules did not see -------------------------------------------------------------------


def test_a_roadside_charge_is_a_bomb(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NASIRIYAH, April 10 — A roadside charge blew a hole in a fuel lorry on the highway north of the city "
        "on Tuesday; the driver was unhurt.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_gunmen_who_drive_off_with_a_number_of_people_abduct_them(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "RUTBA, April 10 — Gunmen stopped a bus on the desert road west of Rutba on Tuesday and drove off "
        "with nine of the passengers.",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"


# stories with no event -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a review that lists what the scenes of a film show
        "The new series follows a police unit in Ramadi. Nearly every episode has an ambush or a car bomb, "
        "and the cast make the gunfights look real.",
        # an outlook of what a group is likely to do, with the weapons it may use
        "Outlook: militant cells in the desert are likely to keep up raids on border posts next year, with "
        "roadside bombs the most probable threat along the highway.",
    ],
)
def test_no_political_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_a_story_of_this_week_that_looks_back_to_an_old_year_codes_no_history(
    extractor: RuleExtractor,
) -> None:
    # no dateline: the day told first ("on Monday") shows the story is of its week
    events = code(
        extractor,
        "Teams began on Monday to rebuild the shrine in the village. Militants killed dozens of the "
        "villagers in June 2014 and carried off the women.",
    )
    assert events == []


# one event told in several sentences ------------------------------------------------------------


def test_fighting_told_after_a_town_falls_is_the_fight_for_it(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAIJI, April 10 — Islamic State fighters overran Baiji on Tuesday after two days of fighting. Some "
        "tribal fighters had fought beside the police until their ammunition ran out.",
    )
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_rockets_told_again_with_the_wider_city_they_came_from_are_one_attack(
    extractor: RuleExtractor,
) -> None:
    events = code(
        extractor,
        "BAGHDAD, April 10 — Six Katyusha rockets were fired at the Green Zone on Tuesday night, damaging several "
        "cars near a ministry; nobody was hurt. The army said the rockets were launched by a banned group "
        "from eastern Baghdad.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Shelling/artillery/missile attack", "Green Zone")
    ]


def test_the_crowd_told_again_in_the_city_is_the_same_riot(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, April 10 — Thousands of the cleric's followers broke into the Green Zone on Tuesday and forced "
        "their way into the parliament building. Police fired tear gas at the crowd on the bridges. The "
        "demonstrators left the chamber a few hours later.",
    )
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Green Zone")]


# who fought whom, and the toll --------------------------------------------------------------------


def test_the_side_that_is_backed_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Iraqi troops, backed by coalition aircraft, drove Islamic State militants out of three villages "
        "near Qayyarah on Tuesday.",
    )
    assert event.actor1 == "Military Forces of Iraq"


def test_troops_who_repel_an_assault_are_the_side_attacked(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "HADITHA, April 10 — Soldiers repelled an assault on their base near Haditha on Tuesday, killing "
        "five attackers.",
    )
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")


def test_two_factions_that_exchange_fire_keep_the_order_told(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BASRA, April 10 — Fighters of Asaib Ahl al-Haq and Saraya al-Salam traded fire in the city centre "
        "on Tuesday, leaving two of the Asaib fighters dead.",
    )
    assert (event.actor1, event.actor2, event.fatalities) == ("Asaib Ahl al-Haq", "Saraya al-Salam", 2)


def test_the_toll_of_a_fall_told_by_an_official_counts(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Islamic State militants overran Baiji on Tuesday. A local official put the number of people "
        "killed in the fighting, soldiers and residents, at about 60.",
    )
    assert event.fatalities == 60


def test_a_toll_told_after_the_reason_for_a_strike_is_the_strikes(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "US jets bombed depots of an armed faction near Al-Qaim on Tuesday in retaliation for a drone "
        "attack on a base in Syria, and the Iraqi government said 11 people were killed.",
    )
    assert event.fatalities == 11


def test_a_faction_counting_its_own_dead_is_the_side_struck(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "US jets bombed depots near Al-Qaim on Tuesday, killing nine people, including civilians. The "
        "Popular Mobilization Forces said four of their fighters were among the dead.",
    )
    assert event.actor2 == "Popular Mobilization Forces"


def test_a_grenade_at_a_lawmakers_house_targets_parliament(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KUT, April 10 — Unknown men threw a grenade at the house of a member of parliament in Kut on "
        "Tuesday night, damaging the gate.",
    )
    assert event.actor2 == "Council of Representatives of Iraq"


def test_riot_police_who_push_the_crowd_back_are_the_riots_other_side(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, April 10 — Hundreds of protesters stormed the Danish embassy on Tuesday and set fire to a "
        "guard room. Riot police then used batons to push the crowd back.",
    )
    assert event.actor2 == "Police Forces of Iraq"


def test_an_organiser_of_the_protest_movement_killed_is_a_civilian(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NAJAF, April 10 — Ali Hassan, one of the organisers of the city's protest movement, was shot dead "
        "by gunmen outside his shop on Tuesday.",
    )
    assert event.actor2 == "Civilians (Iraq)"


def test_the_clash_word_before_a_toll_is_the_trigger() -> None:
    trigger = classify(
        "Two militias exchanged fire in the market on Tuesday, leaving three of the Badr fighters dead."
    )
    assert trigger is not None and trigger.word == "exchanged fire"


def test_marines_killed_in_an_operation_against_a_group_fought_it(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "ERBIL, April 10 — Three US soldiers were killed on Tuesday during a raid with Kurdish commandos "
        "against Islamic State caves near Makhmur, the coalition said.",
    )
    assert (event.actor1, event.actor2) == ("Military Forces of the United States", "Islamic State (Iraq)")


def test_fighting_since_yesterday_is_placed_at_the_town_named(extractor: RuleExtractor) -> None:
    # "since yesterday" says how long, not another event; the thread's label names the district
    events = code(
        extractor,
        "1/ Sinjar: heavy clashes since yesterday between the army and the YBS in and around Sinuni.",
    )
    assert [e.location for e in events] == ["Sinuni"]


def test_a_toll_likely_to_climb_after_an_attack_still_tells_the_attack(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "HILLAH, April 10 — The toll is likely to climb after gunmen stormed a market in Hillah on Tuesday "
        "and shot dead four traders, police said.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]
