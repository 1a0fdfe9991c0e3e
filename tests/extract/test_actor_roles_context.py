"""Who did what to whom, read from the context (issue 4), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.datasets import top_event
from tigris.extract.extractor import RuleExtractor

CIVILIANS = "Civilians (Iraq)"
PKK = "PKK: Kurdistan Workers Party"
TURKEY = "Military Forces of Turkey"


code = Coder(dt.date(2022, 6, 14), "roles")
one = code.one


# victims ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A parked car bomb went off beside a bakery in Hilla on Thursday, killing 9 people.",
        "A roadside bomb tore through a bus in Karbala on Thursday, killing eleven pilgrims.",
        "A suicide bomber struck a wedding hall in Tikrit on Thursday, killing 14 guests.",
        "The death toll from the car bombing in Kut on Thursday rose to 22, doctors said.",
    ],
)
def test_a_bombing_that_kills_people_at_large_targets_civilians(
    extractor: RuleExtractor, sentence: str
) -> None:
    assert one(extractor, sentence).actor2 == CIVILIANS


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("A roadside bomb hit a checkpoint near Baiji on Thursday, killing four.", None),
        (
            "A car bomb struck the Oil Ministry in Baghdad on Thursday, killing 6 people.",
            "Government of Iraq",
        ),
        ("A roadside bomb killed 5 fighters near Baiji on Thursday.", None),
    ],
)
def test_a_bombing_of_an_armed_or_government_target_is_not_civilian(
    extractor: RuleExtractor, sentence: str, target: str | None
) -> None:
    assert one(extractor, sentence).actor2 == target


def test_soldiers_killed_in_an_attack_are_the_target_not_the_doer(extractor: RuleExtractor) -> None:
    event = one(extractor, "Seven Iraqi soldiers killed in an attack in Tarmiyah on Thursday")
    assert event.actor2 == "Military Forces of Iraq"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_the_armed_side_that_repels_an_attack_is_its_target(extractor: RuleExtractor) -> None:
    event = one(
        extractor, "Iraqi troops repelled an Islamic State attack on a village in Diyala on Thursday."
    )
    assert {event.actor1, event.actor2} == {"Islamic State (Iraq)", "Military Forces of Iraq"}


def test_who_reports_a_bombing_takes_no_part_in_it(extractor: RuleExtractor) -> None:
    event = one(extractor, "A sticky bomb killed 3 people in Basra on Thursday, police said.")
    assert event.actor2 == CIVILIANS


def test_the_victim_of_an_earlier_killing_is_no_party(extractor: RuleExtractor) -> None:
    event = one(
        extractor,
        "A drone was shot down over Baghdad on Thursday, on the anniversary of the killing of Qassem Soleimani.",
    )
    assert event.actor2 is None


# false foreign forces ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "A roadside bomb struck a bus of Iranian pilgrims near Balad on Thursday, killing 8.",
            "Military Forces of Iran",
        ),
        (
            "US lawmakers condemned the rocket attack on the base near Balad on Thursday.",
            "Military Forces of the United States",
        ),
    ],
)
def test_a_nationality_before_civilians_is_no_foreign_force(
    extractor: RuleExtractor, sentence: str, absent: str
) -> None:
    for event in code(extractor, sentence):
        assert absent not in (event.actor1, event.actor2)


def test_an_abbreviation_in_a_shouted_headline_is_a_word(extractor: RuleExtractor) -> None:
    events = code(extractor, "FAMILIES WHO LOST SONS PROTEST IN NASIRIYAH ON THURSDAY")
    assert all("United Nations" not in (e.actor1, e.actor2, e.assoc_actor_1) for e in events)


# the PKK by context ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "PKK militants killed by Turkish air strikes near Amadiya on Thursday",
        "Turkish warplanes bombed Kurdish rebels in the Qandil mountains on Thursday.",
        "Turkish drones struck rebels near Zakho on Thursday, killing two.",
    ],
)
def test_kurdish_rebels_that_turkey_strikes_are_the_pkk(extractor: RuleExtractor, sentence: str) -> None:
    event = one(extractor, sentence)
    assert (event.actor1, event.actor2) == (TURKEY, PKK)


def test_rebels_far_from_the_pkk_areas_are_not_the_pkk(extractor: RuleExtractor) -> None:
    event = one(extractor, "Turkish drones struck rebels near Ramadi on Thursday, killing two.")
    assert event.actor2 != PKK


# coreference of generic fighters --------------------------------------------------------------------


def test_the_groups_fighters_are_the_group_named_before(extractor: RuleExtractor) -> None:
    text = (
        "Asaib Ahl al-Haq held a rally in Basra on Monday. "
        "On Wednesday, US drones struck a depot in Jurf al-Sakhar, killing four of the group's fighters."
    )
    strike = next(e for e in code(extractor, text) if e.sub_event_type == "Air/drone strike")
    assert strike.actor2 == "Asaib Ahl al-Haq"


def test_bare_militants_are_the_armed_group_named_last(extractor: RuleExtractor) -> None:
    text = (
        "Islamic State fighters attacked a police post near Hit on Monday, killing two policemen. "
        "On Wednesday, militants ambushed an army patrol near Rutba, killing one soldier."
    )
    ambush = next(e for e in code(extractor, text) if e.location == "Rutba")
    assert ambush.actor1 == "Islamic State (Iraq)"


def test_bare_militants_with_no_group_named_stay_unidentified(extractor: RuleExtractor) -> None:
    event = one(extractor, "On Wednesday, militants ambushed an army patrol near Rutba, killing one soldier.")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


# protests and riots ------------------------------------------------------------------------------


def test_a_force_that_disperses_the_crowd_told_next_is_actor2(extractor: RuleExtractor) -> None:
    text = (
        "Hundreds of students stormed the provincial council building in Kut on Sunday and set tyres on fire. "
        "Riot police later dispersed them with water cannon."
    )
    riot = next(e for e in code(extractor, text) if e.event_type == "Riots")
    assert riot.actor2 == "Police Forces of Iraq"


def test_the_official_a_crowd_protests_against_is_not_the_intervening_force(extractor: RuleExtractor) -> None:
    text = (
        "Protesters stormed the council building in Kut on Sunday to denounce the governor's choice of Nouri al-Maliki as adviser. "
        "Security forces fired tear gas but the crowd broke through the gates."
    )
    riot = next(e for e in code(extractor, text) if e.event_type == "Riots")
    assert riot.actor2 == "Military Forces of Iraq"


def test_border_guards_are_coded_as_police(extractor: RuleExtractor) -> None:
    event = one(
        extractor, "A drone struck a car near Sidakan on Thursday, killing three Iraqi border guard officers."
    )
    assert event.actor2 == "Police Forces of Iraq"


# confidence -------------------------------------------------------------------------------------------


def test_an_event_dated_from_an_undated_one_is_no_surer_than_it(extractor: RuleExtractor) -> None:
    events = code(extractor, "Car bomb kills 9 in Hilla market; Roadside bomb kills 2 in Tarmiyah")
    assert len(events) == 2
    assert events[1].confidence <= events[0].confidence
    assert top_event(events) is events[0]


def test_an_event_placed_only_in_a_country_is_less_sure_than_one_at_a_town(extractor: RuleExtractor) -> None:
    events = code(extractor, "Gunmen attack police post in Iraq, 1 killed; Car bomb kills 9 in Hilla market")
    by_place = {e.location: e for e in events}
    assert by_place["Iraq"].confidence < by_place["Hillah"].confidence
    assert top_event(events) is by_place["Hillah"]
