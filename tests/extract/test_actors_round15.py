"""Who did what to whom, fifteenth round: sentences written for tigris. Each test names the actor a
user of the coded record would see in actor1 or actor2."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.kb import knowledge_base
from tigris.types import Event

CIVILIANS = "Civilians (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"
GOVERNMENT = "Government of Iraq"
ARMY = "Military Forces of Iraq"
code = Coder(dt.date(2015, 3, 12), "round15")


def one(extractor: RuleExtractor, text: str, published: dt.date | None = None) -> Event:
    events = code(extractor, text, published)
    assert len(events) == 1, events
    return events[0]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# "Coalition forces" mean the force of the story's day ---------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2005, 6, 9), "Multi-National Force – Iraq"),
        (dt.date(2017, 6, 9), "Global Coalition Against Daesh"),
    ],
)
def test_coalition_troops_are_the_coalition_of_the_story_day(
    extractor: RuleExtractor, published: dt.date, expected: str
) -> None:
    events = code(
        extractor,
        "Coalition troops detained three men near Baiji on Tuesday, a local official said.",
        published,
    )
    assert [e.actor1 for e in events] == [expected]


def test_the_knowledge_base_reads_a_shared_alias_by_its_active_period() -> None:
    kb = knowledge_base()
    coalition = kb.find_actor("coalition forces", fuzzy=False)
    assert coalition is not None
    assert (
        kb.actor_of_day(coalition, "coalition forces", dt.date(2007, 1, 1)).acled_name
        == "Multi-National Force – Iraq"
    )
    assert kb.actor_of_day(coalition, "coalition forces", dt.date(2019, 1, 1)).acled_name == (
        "Global Coalition Against Daesh"
    )


def test_american_units_as_the_subject_of_a_withdrawal_are_us_forces(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "American combat units withdrew from their last outpost in Ramadi on Sunday.",
        dt.date(2009, 7, 2),
    )
    assert event.actor1 == "Military Forces of the United States"


def test_forces_that_parade_together_are_one_side(extractor: RuleExtractor) -> None:
    event = one(extractor, "Iraqi army and police units paraded through the streets of Basra on Saturday.")
    assert (event.actor1, event.actor2) == (ARMY, None)


# A government's decisions are the government's ---------------------------------------------------


def test_a_minister_named_by_title_resigns_for_the_government(extractor: RuleExtractor) -> None:
    event = one(
        extractor, "Electricity Minister Karim Abbas Hassan resigned on Monday after weeks of power cuts."
    )
    assert event.actor1 == GOVERNMENT


def test_a_foreign_minister_of_another_state_is_not_the_iraqi_government(extractor: RuleExtractor) -> None:
    events = code(extractor, "Turkish Interior Minister Mehmet Demir resigned on Monday.")
    assert all(e.actor1 != GOVERNMENT for e in events)


def test_the_officers_a_premier_retires_are_acted_upon(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Prime Minister Haider al-Abadi dismissed six senior army generals on Sunday and named replacements.",
    )
    assert (event.actor1, event.actor2) == (GOVERNMENT, ARMY)


def test_he_is_the_person_named_before_him_in_the_sentence(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Prime Minister Adil Abdul-Mahdi said on Friday he will submit his resignation, a day after Ali al-Sistani's sermon "
        "criticised the government.",
        dt.date(2019, 11, 30),
    )
    assert event.actor1 == GOVERNMENT


def test_a_former_premier_acts_for_his_party_not_the_government(extractor: RuleExtractor) -> None:
    kb = knowledge_base()
    allawi = kb.find_actor("Ayad Allawi", fuzzy=False)
    assert allawi is not None
    assert kb.office_held(allawi, dt.date(2005, 1, 1)).acled_name == GOVERNMENT  # type: ignore[union-attr]
    later = kb.office_held(allawi, dt.date(2018, 5, 1))
    assert later is None or later.acled_name != GOVERNMENT


def test_the_premier_who_announces_an_arrest_is_its_source(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Police in Basra have arrested two men suspected of killing the activist Amjad al-Dahami, "
        "Prime Minister Mustafa al-Kadhimi announced on Sunday.",
        dt.date(2021, 2, 8),
    )
    assert (event.actor1, event.actor2) == ("Police Forces of Iraq", None)


# Victims ------------------------------------------------------------------------------------------


def test_unarmed_tribesmen_killed_by_is_are_civilians(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Islamic State fighters executed 30 men of the Albu Nimr tribe near Hit on Tuesday, elders said.",
        dt.date(2014, 11, 5),
    )
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", CIVILIANS)


def test_a_candidate_shot_dead_is_a_civilian(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Gunmen shot dead a provincial election candidate of Ayad Allawi's list outside his home in Kirkuk on Monday.",
        dt.date(2013, 4, 9),
    )
    assert (event.actor1, event.actor2) == (UNKNOWN, CIVILIANS)


def test_men_in_police_uniforms_are_no_police(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Men dressed in police uniforms kidnapped five traders from a market in Baghdad on Monday.",
    )
    assert (event.actor1, event.actor2) == (UNKNOWN, CIVILIANS)


def test_police_who_found_bodies_did_not_kill_them(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Police said they had found the bodies of nine men, handcuffed and shot in the head, in Baqubah on Monday.",
    )
    assert event.actor1 == UNKNOWN


def test_captors_release_the_foreign_nationals_they_held(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Seven Turkish engineers were set free in Baghdad on Saturday, and their kidnappers have not said what "
        "they were paid.",
    )
    assert (event.actor1, event.actor2) == (UNKNOWN, "Civilians (Turkey)")


def test_the_workers_taken_are_the_nationals_named_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Twelve Turkish workers had been building a hospital in Kut. On Monday armed men in two cars "
        "abducted the workers from their site in Kut.",
    )
    assert [e.actor2 for e in events] == ["Civilians (Turkey)"]


def test_military_police_who_detain_the_looters_detain_the_looters_group(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Fighters of the Popular Mobilization Forces looted shops and houses in Tuz Khurmatu on Monday. "
        "Military police detained several of the looters on Tuesday.",
    )
    looting, arrest = events
    assert (looting.actor1, looting.actor2) == ("Popular Mobilization Forces", CIVILIANS)
    assert (arrest.actor1, arrest.actor2) == (ARMY, "Popular Mobilization Forces")


@pytest.mark.parametrize(
    ("text", "government"),
    [
        (
            "A roadside bomb hit a Jordanian embassy car in Baghdad on Monday, wounding the driver.",
            "Government of Jordan",
        ),
        (
            "A car bomb went off outside the Turkish embassy in Baghdad on Monday, wounding a guard.",
            "Government of Turkey",
        ),
    ],
)
def test_an_embassy_struck_is_its_government(extractor: RuleExtractor, text: str, government: str) -> None:
    assert one(extractor, text).actor2 == government


def test_an_embassy_only_named_as_a_landmark_is_no_target(extractor: RuleExtractor) -> None:
    event = one(extractor, "Two rockets landed near the British embassy building in Baghdad on Monday.")
    assert event.actor2 != "Government of the United Kingdom"


def test_bombs_at_ministries_target_the_government(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Two car bombs at the oil ministry and a police checkpoint killed 30 people in Baghdad on Monday.",
    )
    assert event.actor2 == GOVERNMENT


def test_a_bomb_on_a_crowded_street_targets_civilians(extractor: RuleExtractor) -> None:
    event = one(extractor, "A car bomb exploded on a crowded street in Hilla on Monday evening.")
    assert event.actor2 == CIVILIANS


def test_guards_of_a_stormed_embassy_are_its_state_forces(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Kataib Hezbollah supporters stormed the outer wall of the US embassy compound in Baghdad on Tuesday; "
        "marines fired tear gas to push them back.",
        dt.date(2020, 1, 1),
    )
    assert (event.actor1, event.actor2) == ("Rioters (Iraq)", "Military Forces of the United States")


def test_a_leaders_armed_group_acts_not_the_leader(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Hundreds of fighters of Moqtada al-Sadr's Peace Brigades paraded through Kufa on Friday, a show of "
        "force that Sadr's office said was meant to defend the shrines.",
    )
    assert (event.actor1, event.actor2) == ("Saraya al-Salam", None)


def test_the_addressee_of_a_demand_is_no_party(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "Twenty members of parliament resigned on Sunday in protest at the raid and demanded that the army leave the city.",
    )
    assert event.actor2 is None
