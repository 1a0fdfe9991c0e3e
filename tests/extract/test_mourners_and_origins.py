"""Readings that had gone wrong: mourners who act today, the year a group was formed told to
describe it, and one attack told at two sizes of place. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2020, 2, 28), "mourners-and-origins")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_families_of_the_dead_who_stage_a_sit_in_protest_today(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NASIRIYAH, Feb 28 — Families of those killed in the clashes staged a sit-in outside the "
        "governorate building on Friday.",
    )
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Nasiriyah")


def test_families_of_the_dead_who_are_only_remembered_tell_no_event(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Feb 28 — Families of those killed in the 2019 protests received compensation on Friday, "
        "the ministry said."
    )
    assert code(extractor, text) == []


def test_the_year_a_group_was_formed_describes_it(extractor: RuleExtractor) -> None:
    text = (
        "These units were formed after Grand Ayatollah Ali al-Sistani's 2014 call to fight the Islamic State, "
        "and their leaders say they answer to the state alone."
    )
    assert code(extractor, text) == []


def test_a_group_formed_this_week_is_still_an_event(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "BASRA, Feb 28 — A new brigade was formed in Basra on Thursday to guard the oil fields."
    )
    assert event.sub_event_type == "Change to group/activity"


def test_one_attack_told_at_a_province_and_then_at_its_town_is_one_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KIRKUK, Feb 28 — Islamic State militants attacked army posts in Kirkuk province on Thursday. The "
        "fighters stormed two posts near Hawija on Thursday, killing four soldiers.",
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Hawija", 4)]


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("BAGHDAD, Feb 28 — The Counter-Terrorism Service said on Friday it had captured an Islamic State "
         "financier in Anbar.", "Arrests"),
        ("SAMARRA, Feb 28 — Police apprehended a would-be suicide bomber at the gate of a mosque on Friday.",
         "Disrupted weapons use"),
        ("BASRA, Feb 28 — Police arrested a man who had shot dead an activist in the city, officials said on "
         "Friday.", "Arrests"),
        ("BAGHDAD, Feb 28 — The militia's leaders launched a new political party in Baghdad on Friday.",
         "Change to group/activity"),
        ("KIRKUK, Feb 28 — US forces handed the K1 air base to the Iraqi army on Friday.", "Change to group/activity"),
        ("TAL AFAR, Feb 28 — The army established a new command centre in Tal Afar on Friday.",
         "Headquarters or base established"),
        ("BASRA, Feb 28 — The government dissolved the Basra provincial council on Friday.", "Other"),
        ("BAGHDAD, Feb 28 — The prime minister replaced the head of the national security service on Friday.",
         "Other"),
        ("NAJAF, Feb 28 — The Sadrist bloc announced on Friday its withdrawal from parliament.", "Other"),
        # protests that only date something else: the release is the news
        ("ERBIL, Feb 28 — Kurdish authorities released 30 detainees held since the October protests on Friday.",
         "Agreement"),
    ],
)  # fmt: skip
def test_strategic_developments_in_plain_words(
    extractor: RuleExtractor, text: str, sub_event_type: str
) -> None:
    assert [e.sub_event_type for e in code(extractor, text)] == [sub_event_type]


def test_captives_freed_are_no_new_abduction(extractor: RuleExtractor) -> None:
    text = "BAQUBA, Feb 28 — Security forces freed two kidnapped engineers in a raid in Diyala on Friday."
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in code(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "RAMADI, Feb 28 — A roadside bomb killed two soldiers in Ramadi on Thursday. In another attack, a "
        "roadside bomb killed a farmer in Hit on Thursday.",
        "KIRKUK, Feb 28 — A bomb killed four people in Kirkuk province on Thursday. A bomb killed two people "
        "in Hawija on Thursday.",
    ],
)
def test_two_attacks_of_a_day_in_one_province_stay_two(extractor: RuleExtractor, text: str) -> None:
    assert len(code(extractor, text)) == 2


def test_an_arrest_for_one_crime_does_not_hide_another_killing(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BASRA, Feb 28 — Police arrested a man accused of murder in Basra on Thursday. Separately, gunmen "
        "shot dead a lawyer in Zubair in December.",
    )
    assert {e.sub_event_type for e in events} == {"Arrests", "Attack"}
