"""Protests and riots told precisely (fourteenth round): sentences written for tigris. Each test
names what a user of the coded record would see: whether a protest is coded at all, its sub-type,
its actors and how many events a story gives."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify

PROTESTERS = "Protesters (Iraq)"
RIOTERS = "Rioters (Iraq)"
CIVILIANS = "Civilians (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"
code = Coder(dt.date(2019, 11, 18), "protests14")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# Protest words that name protests without telling one --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KARBALA, Nov 18 — The cleric praised the peaceful protesters on Friday in his weekly sermon.",
        "BAGHDAD, Nov 18 — The premier paid tribute to the demonstrators in a statement on Sunday.",
        "BAGHDAD, Nov 18 — The UN envoy condemned the use of live fire against protesters on Sunday.",
        "BAGHDAD, Nov 18 — The envoy condemned the killing and kidnapping of protesters on Saturday.",
        "NASIRIYAH, Nov 18 — Protesters have long demanded the trial of the officers, a lawyer said on Sunday.",
        "NASIRIYAH, Nov 18 — Protests that began in Nasiriyah on October 1 have split over the new election law.",
        "BAGHDAD, Nov 18 — Several groups have called for a rally in Tahrir Square on December 1.",
        "KUT, Nov 18 — Parliament held a minute's silence on Sunday for the protesters killed in Kut.",
        "BASRA, Nov 18 — Oil prices rallied on Monday after the pipeline reopened.",
        "BAGHDAD, Nov 18 — Tehran summoned the Iraqi ambassador on Sunday to protest the attack.",
        "KARBALA, Nov 18 — Thousands of pilgrims filled the streets of Karbala on Sunday for Arbaeen.",
        "BAGHDAD, Nov 18 — His followers have rallied every Friday in Tahrir Square since September.",
        "NAJAF, Nov 18 — The raid echoed the attack on the Najaf sit-in in February.",
    ],
)
def test_a_protest_named_but_not_told_is_no_event(extractor: RuleExtractor, text: str) -> None:
    assert [e.event_type for e in code(extractor, text)] == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "BAGHDAD, Nov 18 — Two lawmakers resigned from parliament on Sunday in protest at the "
            "killing of demonstrators.",
            "CONCEDE",
        ),
        (
            "RAMADI, Nov 18 — Forty members of parliament announced on Sunday that they were resigning in "
            "protest at the raid.",
            "CONCEDE",
        ),
        (
            "BAGHDAD, Nov 18 — The cleric told his supporters on Friday to pull out of the squares.",
            "AGREE",
        ),
    ],
)
def test_a_resignation_or_withdrawal_told_with_protest_words_is_the_event(
    extractor: RuleExtractor, text: str, plover: str
) -> None:
    event = code.one(extractor, text)
    assert (event.event_type, event.plover_type) == ("Strategic developments", plover)


def test_an_appeal_to_stay_home_is_no_call_for_a_protest(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Nov 18 — The prime minister urged Iraqis on Sunday to stay at home, saying the "
        "protests would be exploited by militants."
    )
    assert code(extractor, text) == []


def test_the_group_a_protest_was_called_by_makes_no_second_event(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Nov 18 — Protests resumed in Baghdad on Sunday. The protests were called by student "
        "unions after the killing of an activist last week."
    )
    event = code.one(extractor, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


# Violence on a protest: the weapon, the victim and the attacker decide --------------------------------


def test_an_activist_killed_after_leaving_the_sit_in_is_an_attack(extractor: RuleExtractor) -> None:
    text = (
        "KARBALA, Nov 18 — Hadi Jasim, one of the faces of Karbala's protests, was shot dead on Sunday "
        "by gunmen on a motorcycle as he walked home after leaving the sit-in."
    )
    event = code.one(extractor, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 == CIVILIANS


def test_a_grenade_thrown_at_a_sit_in_is_a_grenade_attack(extractor: RuleExtractor) -> None:
    text = (
        "DIWANIYAH, Nov 18 — Unknown attackers threw a hand grenade at the tents of the sit-in in "
        "Diwaniyah on Sunday, wounding four protesters."
    )
    event = code.one(extractor, text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Grenade")


def test_a_rival_crowd_that_fires_on_a_camp_uses_excessive_force(extractor: RuleExtractor) -> None:
    text = (
        "NASIRIYAH, Nov 18 — Groups of Sadrists marched on Habboubi Square on Sunday, set fire to the "
        "tents there and opened fire on the protesters who tried to defend the camp, killing five."
    )
    event = code.one(extractor, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (event.actor1, event.actor2, event.fatalities) == (PROTESTERS, "Sadrist Movement", 5)


def test_masked_men_firing_on_a_sit_in_are_an_unidentified_armed_group(extractor: RuleExtractor) -> None:
    text = "KARBALA, Nov 18 — Masked men opened fire on the sit-in in Karbala late on Sunday, killing six protesters."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 == UNKNOWN


def test_a_crowd_that_kills_a_man_is_mob_violence(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Nov 18 — A crowd at a square in central Baghdad killed a teenager they accused of "
        "firing at protesters on Sunday."
    )
    event = code.one(extractor, text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert (event.actor1, event.actor2) == (RIOTERS, CIVILIANS)


def test_demonstrators_killed_by_troops_are_not_rioters(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "KUT, Nov 18 — Demonstrators were killed when troops opened fire in Kut on Sunday."
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")


def test_a_camp_taken_down_by_the_army_is_a_protest_with_intervention(extractor: RuleExtractor) -> None:
    text = (
        "RAMADI, Nov 18 — On Sunday army units moved in to take down the protest camp on the highway "
        "outside Ramadi."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 == "Military Forces of Iraq"


def test_tents_burned_in_the_next_sentence_are_the_same_protest(extractor: RuleExtractor) -> None:
    text = (
        "KARBALA, Nov 18 — Gunmen opened fire on the sit-in in Karbala on Sunday night, killing three "
        "protesters. Tents were set on fire."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"


def test_fire_on_the_crowd_just_told_is_the_riots_response(extractor: RuleExtractor) -> None:
    text = (
        "KUT, Nov 18 — Protesters set fire to the provincial government headquarters in Kut on Sunday. "
        "Police and guards opened fire on the crowd, killing three people."
    )
    event = code.one(extractor, text)
    assert (event.event_type, event.actor1, event.fatalities) == ("Riots", RIOTERS, 3)


# Riots told without a protest word --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of followers of the cleric tore down blast walls around the Green Zone on Saturday and "
        "stormed the parliament building.",
        "Supporters of the cleric poured into the parliament building on Saturday.",
        "Angry residents set fire to the local council office in Qurna on Sunday.",
        "Protesters beat a policeman outside the council building in Kut on Monday.",
    ],
)
def test_a_crowd_breaking_in_or_burning_riots(sentence: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == "Violent demonstration", (sentence, trigger)


# How many events a story tells ------------------------------------------------------------------------


def test_a_summary_across_the_country_adds_no_event(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Nov 18 — Thousands of Iraqis marched in cities across the country on Sunday. In "
        "Basra, crowds filled the square outside the governorate. In Najaf, students marched to the "
        "shrine."
    )
    events = code(extractor, text)
    assert sorted((e.location, str(e.date)) for e in events) == [
        ("Basra", "2019-11-17"),
        ("Najaf", "2019-11-17"),
    ]


def test_a_summary_told_alone_is_still_the_protest(extractor: RuleExtractor) -> None:
    text = "BAGHDAD, Nov 18 — Thousands of protesters marched in cities across the country on Sunday."
    assert code.one(extractor, text).event_type == "Protests"


def test_a_protest_told_again_the_same_day_is_one_event(extractor: RuleExtractor) -> None:
    text = (
        "BASRA, Nov 18 — Hundreds of protesters rallied in front of the Basra governorate building on "
        "Sunday. Later in the day the protesters marched to the headquarters of the oil company."
    )
    assert len(code(extractor, text)) == 1


def test_tear_gas_later_that_day_is_the_same_protest_met_by_the_police(extractor: RuleExtractor) -> None:
    text = (
        "KUT, Nov 18 — Thousands of protesters rallied in Kut on Sunday. In the evening police fired "
        "tear gas at protesters in Kut."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Iraq")


def test_a_protest_shown_violent_in_its_own_town_later_is_one_riot(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Nov 18 — On Sunday, protests took place in Baghdad and Basra. In Basra, the "
        "protesters stormed the provincial council building."
    )
    events = sorted(code(extractor, text), key=lambda e: e.location or "")
    assert [(e.location, e.event_type) for e in events] == [("Baghdad", "Protests"), ("Basra", "Riots")]


@pytest.mark.parametrize(
    "text",
    [
        "1/ Tahrir Square is packed tonight. Tens of thousands out against corruption and the power cuts.",
        "BASRA, Nov 18 — Big crowds outside the governorate building in Basra tonight, all peaceful.",
        "SAMARRA, Nov 18 — Large crowds also gathered after prayers in Samarra on Friday.",
        "BAGHDAD, Nov 18 — On Sunday her colleagues held a vigil in Tahrir Square, demanding her release.",
    ],
)
def test_a_crowd_told_at_a_place_is_a_protest(extractor: RuleExtractor, text: str) -> None:
    event = code.one(extractor, text)
    assert (event.event_type, event.actor1) == ("Protests", PROTESTERS)
