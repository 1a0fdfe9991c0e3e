"""Coding rules of the fourth round (docs/codebook.md), on sentences written for these tests:
wire copy in capitals, timelines, claims, tolls told apart from the event, background mentions,
places and actors."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import restore_case

code = Coder(dt.date(2021, 5, 4), "r4")


# wire copy in capitals ------------------------------------------------------------------------


def test_capitals_keep_names_and_lose_the_rest(extractor: RuleExtractor) -> None:
    text = "KIRKUK, MAY 4 (AGENCY) - TURKISH DRONES HIT PKK SITES NEAR MAKHMOUR ON MONDAY."
    restored = restore_case(text, extractor.kb)
    assert len(restored) == len(text)
    assert "Turkish drones hit PKK sites" in restored and "Monday" in restored
    assert restore_case("Gunmen killed two men.", extractor.kb) == "Gunmen killed two men."


def test_wire_copy_in_capitals_is_coded_like_running_text(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KIRKUK, MAY 4 (AGENCY) - ISLAMIC STATE MILITANTS SEIZED HAWIJA ON MONDAY AFTER THE POLICE "
        "LEFT THEIR POSTS, OFFICIALS SAID.",
    )
    assert len(events) == 1
    e = events[0]
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.date == dt.date(2021, 5, 3)  # the dateline's day is not the event's
    assert e.location == "Hawija" and e.actor1 == "Islamic State (Iraq)"


# timelines ------------------------------------------------------------------------------------


def test_each_timeline_item_is_its_own_event_and_the_lead_in_is_none(extractor: RuleExtractor) -> None:
    text = (
        "Monday, March 15, 2021\nA week on the Balad road\n"
        "Rocket attacks logged by our desk this week:\n"
        "- March 9: rockets hit a camp near Balad, killing three guards.\n"
        "- March 12: mortar rounds landed near Dujail, killing one farmer."
    )
    events = code(extractor, text, dt.date(2021, 3, 15))
    assert sorted((str(e.date), e.location, e.fatalities) for e in events) == [
        ("2021-03-09", "Balad", 3),
        ("2021-03-12", "Dujail", 1),
    ]


def test_a_toll_in_a_line_of_another_day_is_not_the_last_events(extractor: RuleExtractor) -> None:
    text = (
        "Monday, March 15, 2021\nIncidents\n"
        "- March 9: gunmen ambushed an army patrol near Hawija, killing two soldiers.\n"
        "- March 12: a shepherd and his son were found dead near Daquq, and medics said eleven people "
        "were hurt."
    )
    events = code(extractor, text, dt.date(2021, 3, 15))
    first = next(e for e in events if e.date == dt.date(2021, 3, 9))
    assert (first.fatalities, first.injured) == (2, None)


# claims ---------------------------------------------------------------------------------------


def test_a_claim_told_in_the_passive_names_the_doer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 4 — A roadside bomb hit a police patrol near Tarmiyah on Monday, wounding two "
        "officers. The bombing was claimed by the Islamic State group on Tuesday.",
    )
    assert len(events) == 1
    assert events[0].actor1 == "Islamic State (Iraq)"


def test_a_group_saying_it_targeted_claims_the_attack(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 4 — Three rockets landed near Baghdad International Airport on Monday. "
        "Kataib Hezbollah said they had targeted the occupation forces.",
    )
    assert len(events) == 1
    assert events[0].actor1 == "Kataib Hezbollah"


# tolls ----------------------------------------------------------------------------------------


def test_a_toll_naming_the_dead_in_the_next_sentence_is_counted(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "SINJAR, May 4 — A drone struck a pick-up truck near Sinjar on Monday. The strike killed Khalil "
        "Barakat, a local commander, and his brother, officials said.",
    )
    assert len(events) == 1
    assert events[0].fatalities == 2


# background -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "BAGHDAD, May 4 — The health minister resigned on Monday after weeks of angry protests.",
        "BAGHDAD, May 4 — The cabinet resigned on Monday in the face of mass demonstrations.",
    ],
)
def test_protests_named_as_background_are_not_coded(extractor: RuleExtractor, sentence: str) -> None:
    events = code(extractor, sentence)
    assert [e.event_type for e in events] == ["Strategic developments"]


def test_history_dated_by_an_earlier_year_is_not_coded(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "SINJAR, March 3 — Survivors said militants killed dozens of villagers near the mountain in 2014.",
        dt.date(2015, 3, 3),
    )
    assert events == []


def test_an_event_the_subject_is_accused_of_is_not_coded(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BASRA, May 4 — The officer is accused of leading the April raid on a customs office near the "
        "port in which four soldiers were killed.",
    )
    assert events == []


# places ---------------------------------------------------------------------------------------


def test_a_place_in_another_governorate_beside_a_governorate_is_kept(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "Missiles hit Ain al-Asad Air Base in Anbar and a base in Erbil on Monday, officials said."
    )
    assert sorted(e.admin1 or "" for e in events) == ["Anbar", "Erbil"]


def test_a_possessive_that_is_no_address_names_no_place(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KARBALA, May 4 — Protesters set fire to tyres at the gate of the Iranian consulate in Karbala on "
        "Monday, denouncing Tehran's role.",
    )
    assert [e.location for e in events] == ["Karbala"]


# actors ---------------------------------------------------------------------------------------


def test_a_groups_gunmen_are_the_group(extractor: RuleExtractor) -> None:
    events = code(extractor, "Kataib Hezbollah gunmen clashed with police near Jurf al-Sakhar on Monday.")
    assert [e.actor1 for e in events] == ["Kataib Hezbollah"]


def test_the_federal_government_is_the_government_of_iraq(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "The federal government and the Kurdistan Regional Government signed an agreement on oil "
        "exports in Baghdad on Monday.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Government of Iraq", "Kurdistan Regional Government")]


def test_protesters_who_clash_riot(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Rival groups of protesters clashed in Tuz Khurmatu on Monday before police fired into the air, "
        "and two people were killed.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Iraq)")]


def test_an_armed_party_named_among_the_dead_next_is_the_other_side(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "DUHOK, May 4 — A Turkish drone hit a vehicle near Amadiya on Monday. The strike killed two "
        "PKK fighters, a local official said.",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of Turkey", "PKK: Kurdistan Workers Party", 2)
    ]


def test_a_group_announcing_its_men_struck_claims_the_attack(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "ERBIL, May 4 — A drone struck a hangar near the airport on Monday. The Islamic Resistance in Iraq "
        "announced that its drones had targeted the base.",
    )
    assert [e.actor1 for e in events] == ["Islamic Resistance in Iraq"]


def test_a_force_firing_tear_gas_next_is_the_riots_other_side(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "MOSUL, May 4 — Hundreds of protesters stormed the gate of the provincial council in Mosul on Monday and "
        "set fire to a guard room. Riot police fired tear gas from the roof.",
    )
    assert [(e.event_type, e.actor2) for e in events] == [("Riots", "Police Forces of Iraq")]


def test_an_attack_abroad_named_as_context_is_not_coded(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "MOSUL, May 4 — Gunmen shot dead a shop owner in Mosul on Monday. The killing came a week after "
        "a car bomb in Aleppo killed nine people.",
    )
    assert [e.location for e in events] == ["Mosul"]


def test_timeline_lines_that_open_with_a_date_are_items(extractor: RuleExtractor) -> None:
    text = (
        "Monday, March 15, 2021\nWeek in review\n"
        "March 9: rockets hit a camp near Balad, killing three guards\n"
        "13 March — gunmen kidnapped a contractor in Samarra"
    )
    events = code(extractor, text, dt.date(2021, 3, 15))
    assert sorted((str(e.date), e.location) for e in events) == [
        ("2021-03-09", "Balad"),
        ("2021-03-13", "Samarra"),
    ]


def test_a_march_along_a_route_is_one_event_where_it_set_out(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 4 — Police fired tear gas at students who marched from Tahrir Square to the "
        "Jumhuriya bridge on Monday.",
    )
    assert [e.location for e in events] == ["Tahrir Square"]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "KIRKUK, May 4 — Militants ambushed a police convoy near Hawija on Monday. Four policemen died "
            "and two were wounded.",
            4,
        ),
        (
            "BAGHDAD, May 4 — A suicide bomber blew himself up at a checkpoint in Tarmiyah on Monday. The "
            "blast killed six people, including three soldiers.",
            6,
        ),
        (
            "BAGHDAD, May 4 — Gunmen shot at a car carrying a judge in Baghdad on Monday. He died of his "
            "wounds in hospital.",
            1,
        ),
    ],
)
def test_a_toll_told_in_the_next_sentence_belongs_to_the_event(
    extractor: RuleExtractor, text: str, fatalities: int
) -> None:
    events = code(extractor, text)
    assert [e.fatalities for e in events] == [fatalities]


def test_an_attack_claimed_by_a_group_in_its_own_sentence_is_the_groups(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 4 — A car bomb killed 12 people in Tikrit on Monday in an attack claimed by Islamic State.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Islamic State (Iraq)", "Civilians (Iraq)")]


def test_two_leaders_named_with_their_titles_are_both_sides(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 4 — President Joe Biden and Prime Minister Mustafa al-Kadhimi agreed on Monday to "
        "widen trade talks, officials in Baghdad said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Government of the United States", "Government of Iraq")
    ]
