"""Precision rules from the eighth development set (part A): history told in a feature, an
anniversary's "when" clause, causes of death over a year, arms bought, a series' scenes, rescuers'
efforts, running counts of attacks, a state's start told after "since", and the sum of two places'
dead. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2024, 4, 17), "gold8-part-a")  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_an_event_years_before_the_story_is_history_without_a_dateline(extractor):
    text = (
        "Engineers have reopened the old iron bridge in Mosul, rebuilt after Iraqi troops fought Islamic "
        "State militants across it in March 2017. Traffic resumed this week."
    )
    assert code(extractor, text) == []


def test_a_when_clause_after_the_event_remembered_tells_that_event(extractor):
    text = (
        "Hundreds gathered at the cemetery in Halabja this morning to mark 36 years since the gas "
        "attack of March 1988, when government aircraft hit the town and killed thousands of people."
    )
    assert code(extractor, text) == []


def test_kinds_of_violence_named_as_the_main_causes_of_death_tell_no_attack(extractor):
    text = "Car bombs and roadside bombs are still the leading causes of death in Diyala, the report said."
    assert code(extractor, text) == []


def test_jets_bought_under_a_contract_are_no_air_strike(extractor):
    text = (
        "Iraq signed a contract with South Korea on Monday for 24 light fighter jets, the defence "
        "ministry said, to train its pilots."
    )
    assert code(extractor, text) == []


def test_what_happens_in_every_episode_of_a_series_is_no_event(extractor):
    text = (
        "Mortar rounds crash into the houses and snipers kill a neighbour in almost every episode of "
        "the new series about the siege of Amerli."
    )
    assert code(extractor, text) == []


def test_rescuers_who_battled_to_keep_roads_open_fought_no_one(extractor):
    text = "Civil defence teams in Ramadi battled to keep the roads to the hospitals open on Monday."
    assert code(extractor, text) == []


def test_attacks_counted_since_a_past_month_are_a_running_total(extractor):
    text = (
        "Police arrested three men in Abu Ghraib on Monday on terrorism charges. "
        "More than 70 rocket attacks have hit bases hosting US troops since October."
    )
    events = code(extractor, text)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_an_event_told_as_the_start_of_a_state_after_since_is_background(extractor):
    text = "Shiite militiamen had held the port since British troops pulled out of their bases."
    assert code(extractor, text) == []


def test_bombers_who_set_off_their_explosive_vests_made_a_suicide_bombing(extractor):
    text = "Two men in explosive vests set them off at the gate of a police academy in Baghdad on Monday."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"


def test_a_toll_for_two_cities_together_goes_to_neither_bombing(extractor):
    text = (
        "A suicide bomber struck a vegetable market in Hilla on Monday, killing dozens of shoppers. "
        "In Kut, a car bomb exploded near a mosque at almost the same time, killing dozens more. "
        "Officials said more than 90 people died in the two cities."
    )
    tolls = sorted(e.fatalities for e in code(extractor, text))
    assert tolls == [12, 12]


def test_fighters_who_massed_in_a_show_of_force_changed_their_activity(extractor):
    text = "Kataib Hezbollah fighters in trucks massed outside the Green Zone in a show of force."
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.location) == ("Change to group/activity", "Green Zone")
