"""Round 17: places and actors on matched events (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2015, 3, 20), "round17")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# places ---------------------------------------------------------------------------------------


def test_road_named_by_two_towns_is_one_place_at_the_first(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor,
        "BAQUBAH — A roadside bomb hit an army patrol on the Baqubah–Muqdadiya road on Thursday, killing two soldiers.",
    )
    assert (e.location, e.geo_precision) == ("Baqubah", 2)


def test_road_beside_a_named_town_is_placed_at_the_town(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor,
        "RAMADI — Gunmen ambushed a police convoy on the Baghdad–Amman highway west of Ramadi on Monday, "
        "killing four officers.",
    )
    assert (e.location, e.admin1) == ("Ramadi", "Anbar")


def test_governorate_name_told_as_a_quarter_is_not_the_governorate(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor,
        "Soldiers and Shiite militiamen entered Tikrit on Wednesday and seized the Qadisiya district from "
        "Islamic State fighters, officers said.",
    )
    assert (e.location, e.admin1) == ("Tikrit", "Salah al-Din")


def test_districts_of_the_city_are_the_city_told_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "SECURITY BRIEF — Anbar, 2 January 2014\n"
        "Troops moved on Monday to clear the sit-in on the road outside Ramadi. Armed tribesmen then fought "
        "the soldiers in several districts of the city; at least nine people were killed, medics said.",
    )
    fight = next(e for e in events if e.event_type == "Battles")
    assert fight.location == "Ramadi"


def test_landmark_beside_a_square_adds_no_second_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD — Security forces shot dead three protesters in Khilani Square on Thursday near the Sinak "
        "bridge, medics said.",
    )
    assert [e.location for e in events] == ["Khilani Square"]


def test_time_of_prayers_is_no_other_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "RAMADI, Jan 5 — Thousands rallied outside Ramadi yesterday.\n\n"
        "Big crowds also gathered after prayers in Fallujah and Samarra.",
        published=dt.date(2013, 1, 5),
    )
    assert {e.location for e in events} == {"Ramadi", "Fallujah", "Samarra"}


def test_state_that_speaks_is_no_place(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Turkey says its air force killed 13 PKK fighters near Zakho on Sunday.")
    assert (e.actor1, e.actor2, e.country) == (
        "Military Forces of Turkey",
        "PKK: Kurdistan Workers Party",
        "Iraq",
    )


# actors ---------------------------------------------------------------------------------------


def test_parliament_vote_is_the_council_of_representatives(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor,
        "BAGHDAD — Parliament voted on Sunday to ask the government to end the presence of foreign troops, "
        "in a motion that does not bind the cabinet.",
    )
    assert e.actor1 == "Council of Representatives of Iraq"
    assert e.actor2 != "Military Forces of Iraq"


def test_parliament_passing_a_ban_acts_on_the_party(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "BAGHDAD — Parliament on Saturday passed a law outlawing the Baath party.")
    assert (e.actor1, e.actor2) == ("Council of Representatives of Iraq", "Ba'ath Party (Iraq)")


@pytest.mark.parametrize(
    "text",
    [
        # lawmakers told of a strike did not carry it out
        "The prime minister addressed the chamber, telling lawmakers that the drone strike on Friday near "
        "the airport had been carried out without Iraqi permission.",
        "Lawmakers said on Monday that a drone strike had hit a PMF convoy near Qaim.",
    ],
)
def test_a_legislature_is_never_the_doer_of_violence(extractor: RuleExtractor, text: str) -> None:
    assert all(e.actor1 != "Council of Representatives of Iraq" for e in code(extractor, text))


def test_executed_shia_militia_fighters_are_pmf_victims(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor,
        "Islamic State militants executed 12 Shi'ite militia fighters they had captured near Baiji, the group "
        "said on Sunday.",
    )
    assert (e.event_type, e.actor1, e.actor2) == (
        "Violence against civilians",
        "Islamic State (Iraq)",
        "Popular Mobilization Forces",
    )


def test_shia_militia_members_killed_are_pmf(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor, "Five Shia militia fighters were killed by a roadside bomb near Samarra on Tuesday."
    )
    assert (e.actor2, e.fatalities) == ("Popular Mobilization Forces", 5)


def test_shia_militia_liberating_a_town_is_a_state_force(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Shia militia liberates town of Jurf al-Sakhar from IS")
    assert (e.sub_event_type, e.actor1) == ("Government regains territory", "Popular Mobilization Forces")


def test_troops_and_shia_militia_keep_troops_first(extractor: RuleExtractor) -> None:
    e = code.one(
        extractor,
        "Iraqi troops and Shiite militiamen fought their way into the Qadisiya district of Tikrit on Wednesday, "
        "driving Islamic State fighters from the quarter.",
    )
    assert (e.actor1, e.assoc_actor_1) == ("Military Forces of Iraq", "Popular Mobilization Forces")


def test_force_closing_a_headline_of_enemy_dead_is_the_doer(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Some 50 IS militants killed near Ramadi – army")
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_two_strikers_in_a_headline(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Coalition aircraft, Peshmerga guns pound IS fighters near Bashiqa")
    assert (e.actor1, e.assoc_actor_1, e.actor2) == (
        "Global Coalition Against Daesh",
        "Peshmerga",
        "Islamic State (Iraq)",
    )


def test_force_that_says_it_liberated_a_village_is_the_doer(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Federal Police say they liberated the village of Albu Ajil near Tikrit from IS")
    assert (e.actor1, e.actor2) == ("Police Forces of Iraq", "Islamic State (Iraq)")


def test_kurds_taking_villages_are_the_peshmerga(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Iraqi Kurds take villages from IS near Sinjar")
    assert (e.actor1, e.actor2) == ("Peshmerga", "Islamic State (Iraq)")


def test_iraqi_commandos_are_a_state_force(extractor: RuleExtractor) -> None:
    e = code.one(extractor, "Iraqi commandos storm IS positions in eastern Ramadi, killing 20 militants")
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")
