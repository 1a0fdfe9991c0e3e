"""Actors, places and dates of matched events (session 8): general causes of wrong fields found on
the development sets, each tested on sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 3, 16), "fields-session8")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# A side that halts its own attacks acts alone: whom the attacks were aimed at is no party.


def test_halt_of_attacks_on_a_force_names_no_second_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KIRKUK, March 16 — Kataib Hezbollah said on Tuesday that it was suspending its rocket attacks against US "
        "forces for a month.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Kataib Hezbollah"
    assert event.actor2 is None


def test_announced_pause_in_attacks_on_a_force_names_no_second_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BASRA, March 16 — Kataib Hezbollah announced on Monday a temporary pause in its strikes on American "
        "forces.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor2 is None


# An order or a deal is placed where it was given, not by the places of its terms.


def test_place_in_a_deals_terms_gives_way_to_the_dateline(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KARBALA, March 16 — The tribal elders agreed on Tuesday to a truce brokered by the governor, under which "
        "their gunmen will leave the Kufa market.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.location == "Karbala"


def test_place_the_order_was_read_out_in_places_it(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "In a statement read out in Kufa on Monday, Moqtada al-Sadr told his followers to stop fighting in "
        "Amarah and to hand over their weapons.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.location == "Kufa"
    assert event.admin1 == "Najaf"


def test_place_of_the_fighting_that_led_to_an_order_is_not_its_place(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KUFA, March 16 — Moqtada al-Sadr ordered his militiamen on Tuesday to freeze all their activities, in the "
        "wake of the clashes in Diwaniyah.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.location == "Kufa"


def test_place_an_order_alone_names_still_places_it(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NAJAF, March 16 — Moqtada al-Sadr on Monday ordered his supporters to withdraw from Tahrir Square "
        "within an hour, in an address broadcast from Kufa.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.location == "Tahrir Square"


# Dates: a "since" clause opens a period, a weekly rite names no day, and a dateline may name the
# country between the city and the day.


def test_date_in_a_since_clause_does_not_date_the_event(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, March 16 — The prime minister, at a cabinet meeting on Monday, ordered the release of all the "
        "students held since the sit-ins started in November.",
    )
    assert event.date == dt.date(2022, 3, 14)


def test_weekly_prayers_give_way_to_the_day_told(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "In a statement from Kufa on Tuesday, Moqtada al-Sadr called for a mass rally in Tahrir Square after "
        "Friday prayers.",
    )
    assert event.date == dt.date(2022, 3, 15)


def test_dateline_that_names_the_country_is_the_storys_day(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KUT, Iraq, March 16 — A suicide bomber steered a water truck loaded with explosives into a busy police "
        "checkpoint at the southern gate of the city of Kut on Monday, killing four policemen.",
    )
    assert event.date == dt.date(2022, 3, 14)
    assert event.location == "Kut"


# Actors of a force's move and of a coalition named by its foe.


def test_foreign_force_inside_the_subject_of_a_move_is_the_actor(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "DUHOK, March 16 — A column of about 60 American armoured vehicles crossed from Syria into the Kurdistan "
        "Region on Tuesday.",
    )
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1 == "Military Forces of the United States"


def test_foreign_brigade_that_leaves_is_the_actor(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BASRA, March 16 — The last Turkish brigade in the area rolled across the border into Turkey on Tuesday.",
    )
    assert event.actor1 == "Military Forces of Turkey"


def test_foe_in_a_coalitions_description_is_no_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KIRKUK, March 16 — The US-led coalition against the Islamic State handed Camp Taji over to the Iraqi army "
        "on Tuesday.",
    )
    assert event.actor1 == "Global Coalition Against Daesh"
    assert event.actor2 == "Military Forces of Iraq"


def test_forces_that_take_ground_together_are_one_side_led_by_the_first(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Iraqi army units and PMF fighters entered Khanaqin without a fight on Tuesday after the Peshmerga pulled "
        "out of the town.",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Military Forces of Iraq"
    assert event.actor2 == "Peshmerga"


# A dateline places an event that names no place, unless the story then says it happened abroad.


def test_event_told_as_done_abroad_is_not_placed_at_the_dateline(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BASRA, March 16 — Iraqi intelligence agents have captured Karim Saleh, a senior Islamic State "
        "financier, the prime minister said on Tuesday.\n"
        "He gave no details of where the operation happened beyond saying that it took place outside Iraq.",
    )
    assert event.sub_event_type == "Arrests"
    assert event.location is None
    assert event.admin1 is None


def test_event_with_only_the_dateline_keeps_it(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BASRA, March 16 — Iraqi intelligence agents have captured Karim Saleh, a senior Islamic State "
        "financier, the prime minister said on Tuesday.\n"
        "He gave no details of the operation.",
    )
    assert event.location == "Basra"


# A claim put out "in an online statement" or "in a statement on its channels" still names the doer.


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic State said in an online statement that one of its fighters had carried out the attack.",
        "The Islamic State said in a statement on its Amaq channels that it had carried out the attack.",
    ],
)
def test_claim_in_an_online_statement_names_the_bomber(extractor: RuleExtractor, claim: str) -> None:
    event = code.one(
        extractor,
        "KUT, March 16 — A suicide bomber blew himself up in a crowded vegetable market in Kut on Tuesday, "
        "killing at least 12 people.\n" + claim,
    )
    assert event.actor1 == "Islamic State (Iraq)"


# A politician chosen or backed for an office is no party to the choice.


def test_person_elected_to_an_office_is_no_second_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, March 16 — Parliament elected the Kurdish veteran Fuad Masum as president of the republic on "
        "Tuesday after two rounds of voting.",
    )
    assert event.actor1 == "Council of Representatives of Iraq"
    assert event.actor2 is None


def test_person_asked_to_form_a_government_is_no_second_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, March 16 — President Barham Salih on Monday asked Haider al-Abadi, a former prime minister, "
        "to form a new government.",
    )
    assert event.actor2 is None


def test_activists_attacked_away_from_a_protest_are_civilians(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BASRA, March 16 — Gunmen in a passing car opened fire on a minibus carrying activists in central Basra "
        "on Tuesday, wounding two of them.",
    )
    assert event.event_type == "Violence against civilians"
    assert event.actor2 == "Civilians (Iraq)"


def test_side_of_a_closing_spokesman_is_no_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "FALLUJAH, March 16 — US Marines suspended offensive operations around the city on Tuesday to let aid "
        "convoys in, a coalition spokesman said.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Military Forces of the United States"
    assert event.actor2 is None
