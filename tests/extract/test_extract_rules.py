"""Coding rules of the first extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract import rules
from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 3, 10), "t1")


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("Army engineers defused two roadside bombs on the road to Tikrit.", "Disrupted weapons use"),
        ("Police found a cache of rifles and mortar rounds in a farmhouse.", "Disrupted weapons use"),
        ("Shells filled with chlorine gas landed on the village at dawn.", "Chemical weapon"),
        (
            "Turkish troops set up a new military base near the border village.",
            "Headquarters or base established",
        ),
        ("Gunmen looted shops and torched cars in the market overnight.", "Looting/property destruction"),
        ("An angry mob lynched a man accused of theft.", "Mob violence"),
        ("Soldiers raped women in the camp, a rights group said.", "Sexual violence"),
        ("Two hundred fighters defected to the government side.", "Change to group/activity"),
        ("The rebels surrendered to the army after a week of talks.", "Agreement"),
    ],
)
def test_sub_types_the_first_rules_never_coded(sentence: str, sub_type: str) -> None:
    trigger = rules.classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub_type


def test_ground_handed_over_without_a_fight_is_a_non_violent_transfer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Federal forces took control of Kirkuk on Monday after Kurdish units withdrew without a fight.",
    )
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_territory_sub_type_follows_who_took_the_ground(extractor: RuleExtractor) -> None:
    taken = code(extractor, "Islamic State fighters seized Ramadi on Sunday.")
    retaken = code(extractor, "Iraqi troops retook the town of Hit from the militants on Sunday.")
    assert [e.sub_event_type for e in taken] == ["Non-state actor overtakes territory"]
    assert [e.sub_event_type for e in retaken] == ["Government regains territory"]


def test_an_arrest_for_drug_smuggling_is_not_a_political_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Police in Basra arrested four men on Tuesday and seized a shipment of narcotics.")
        == []
    )


def test_a_claim_of_responsibility_names_the_doer_without_a_second_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A car bomb exploded at a checkpoint in Tikrit on Tuesday, killing six soldiers. "
        "The Islamic State claimed responsibility for the attack.",
    )
    assert len(events) == 1
    assert events[0].actor1 == "Islamic State (Iraq)"


def test_an_accusation_does_not_name_the_doer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A drone struck a car near Sinjar on Tuesday, killing two men. Local officials blamed Turkey.",
    )
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Iraq)"]


def test_a_toll_told_in_the_next_sentence_belongs_to_the_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Rockets hit a base near Balad on Monday. Officials said at least three people were killed.",
    )
    assert len(events) == 1
    assert events[0].fatalities == 3


def test_a_headline_without_a_full_stop_is_one_sentence(extractor: RuleExtractor) -> None:
    events = code(extractor, "Iraqi troops kill 12 IS militants in clashes near Kirkuk")
    assert len(events) == 1
    assert events[0].admin1 == "Kirkuk"
    assert events[0].actor1 == "Military Forces of Iraq"


def test_the_dateline_day_does_not_date_the_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, March 10 — Gunmen shot dead a lawyer outside his home on Tuesday.",
        published=dt.date(2021, 3, 10),
    )
    assert [e.date for e in events] == [dt.date(2021, 3, 9)]


def test_a_protest_leader_shot_dead_is_an_attack_not_a_protest(extractor: RuleExtractor) -> None:
    events = code(extractor, "Gunmen shot dead a protest leader in Nasiriyah on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_background_history_is_not_coded(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "The party has long roots; in 2006 its militia fought the army in Basra.",
        dt.date(2021, 3, 10),
    )
    assert events == []


def test_a_sports_final_is_not_a_clash(extractor: RuleExtractor) -> None:
    assert code(extractor, "The cup final clash in Basra drew a crowd of 50,000 on Tuesday.") == []
