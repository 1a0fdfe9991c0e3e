"""Rules from the eleventh development set (part B): a lead that counts strikes and names their doer, a
bare strike on a building, a blast put down to a drone, claims told as "said in a claim" or as an aim,
a crowd's deed told as reported, a slain organiser, a crowd angered by a remark, a nation's bombers, a
site named by a number, a thread opened by a recap, one toll for strikes at two places, an incident's
field lines under an alert's header, a deadline told in words, fire exchanged with heavy weapons, a
fight dated by the day it began, possessive appositions, a second side's capitalised title and a long
description of one elected. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2023, 5, 12), "gold11-part-b")  # a Friday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_a_lead_counting_strikes_names_the_doer_and_place_of_each(extractor):
    text = (
        "Aid workers in Sinjar report two Turkish drone strikes in two days. On Tuesday a drone hit a "
        "pickup on the edge of the town, killing three men. On Wednesday a strike hit a farmhouse in "
        "Qaboussiye, killing five people."
    )
    events = sorted(code(extractor, text), key=lambda e: e.date)
    assert [(e.date, e.actor1, e.location, e.fatalities) for e in events] == [
        (dt.date(2023, 5, 9), "Military Forces of Turkey", "Sinjar", 3),
        (dt.date(2023, 5, 10), "Military Forces of Turkey", "Sinjar", 5),
    ], events


def test_a_bare_strike_that_hit_a_building_is_an_air_strike(extractor):
    e = code.one(extractor, "On Thursday a strike hit a building near Makhmur, killing two fighters.")
    assert (e.sub_event_type, e.location, e.fatalities) == ("Air/drone strike", "Makhmur", 2)


def test_a_workers_strike_that_hit_a_sector_is_no_air_strike(extractor):
    assert "Air/drone strike" not in [
        e.sub_event_type for e in code(extractor, "A general strike hit the port in Basra on Monday.")
    ]


def test_a_blast_put_down_to_a_drone_is_that_nations_drone_strike(extractor):
    e = code.one(
        extractor,
        "A blast shook a car park near Erbil airport on Thursday night, apparently from a Turkish drone. "
        "Nobody was hurt.",
    )
    assert (e.sub_event_type, e.actor1, e.modality) == (
        "Air/drone strike",
        "Military Forces of Turkey",
        "claimed",
    )


def test_a_group_that_said_in_a_claim_that_rockets_were_fired_did_it(extractor):
    e = code.one(
        extractor,
        "Three rockets were fired at Balad air base on Thursday evening, Kataib Hezbollah said in a claim.",
    )
    assert e.actor1 == "Kataib Hezbollah", e


def test_a_force_saying_what_it_aimed_at_claims_the_missiles(extractor):
    e = code.one(
        extractor,
        "Several missiles struck Erbil before dawn on Thursday, damaging two houses. The Revolutionary "
        "Guards said they had aimed at a spy base in the city.",
    )
    assert e.actor1 == "Military Forces of Iran", e


def test_a_crowds_deed_told_as_reported_is_a_claimed_riot_in_the_city_just_named(extractor):
    text = (
        "The campaigner Ali Jassim was killed in Karbala on Thursday by gunmen on a motorbike. He had "
        "escaped an earlier attempt on his life. Witnesses say young men have reportedly set tyres alight "
        "outside the Iranian consulate in the city."
    )
    events = {e.sub_event_type: e for e in code(extractor, text)}
    riot = events["Violent demonstration"]
    assert (riot.location, riot.modality) == ("Karbala", "claimed"), riot
    assert events["Attack"].fatalities == 1


def test_a_crowd_angered_by_a_remark_that_broke_into_an_office_riots(extractor):
    e = code.one(
        extractor,
        "On Thursday a crowd of militia supporters angered by comments of a Kurdish member of parliament "
        "broke into the party's offices in Baghdad and set them on fire.",
    )
    assert (e.sub_event_type, e.actor1) == ("Violent demonstration", "Rioters (Iraq)"), e


def test_a_nations_bombers_strike_from_the_air_and_a_numbered_site_is_no_toll(extractor):
    e = code.one(
        extractor,
        "On Thursday US bombers struck Kataib Hezbollah depots near Al-Qaim after the Tower 22 attack in Jordan.",
    )
    assert (e.sub_event_type, e.actor1, e.fatalities) == (
        "Air/drone strike",
        "Military Forces of the United States",
        0,
    ), e


def test_a_thread_opened_by_a_recap_tells_no_strike_and_names_the_doer(extractor):
    text = (
        "1/ Short recap of the US strikes in Iraq this month, for newcomers.\n"
        "2/ 3 May: a US drone hit a car in Baghdad, killing two Kataib Hezbollah members.\n"
        "3/ 9 May: a drone strike on a house in Jurf al-Sakhar killed three fighters."
    )
    events = sorted(code(extractor, text), key=lambda e: e.date)
    assert [(e.date, e.actor1) for e in events] == [
        (dt.date(2023, 5, 3), "Military Forces of the United States"),
        (dt.date(2023, 5, 9), "Military Forces of the United States"),
    ], events


def test_one_toll_told_after_strikes_at_two_places_is_given_to_each(extractor):
    text = "On Thursday US jets struck sites around Al-Qaim and Rutba. Officials said 12 people died."
    events = code(extractor, text)
    assert sorted((e.location, e.fatalities) for e in events) == [("Al-Qaim", 12), ("Rutba", 12)], events


def test_an_alerts_field_lines_are_one_incident_and_the_follow_up_another(extractor):
    text = (
        "SECURITY NOTE | IRAQ | Level: MEDIUM\n"
        "Incident: Rocket attack on Balad Air Base\n"
        "Date: 10 May 2023\n"
        "Location: Balad Air Base, Salah al-Din\n"
        "Casualties: 2 killed, 5 wounded\n"
        "Details: Four rockets were fired from an orchard near the base.\n"
        "Follow-up: On 11 May US aircraft struck a Kataib Hezbollah depot near Jurf al-Sakhar.\n"
        "Advice: Avoid the area."
    )
    events = {e.sub_event_type: e for e in code(extractor, text)}
    rockets = events["Shelling/artillery/missile attack"]
    assert (rockets.date, rockets.fatalities) == (dt.date(2023, 5, 10), 2), rockets
    assert events["Air/drone strike"].date == dt.date(2023, 5, 11)


def test_a_deadline_in_words_to_leave_is_an_agreement(extractor):
    text = (
        "On Thursday the cleric's followers stormed the parliament building in the Green Zone. On Friday "
        "the cleric gave his supporters thirty minutes to leave the Green Zone."
    )
    assert "Agreement" in [e.sub_event_type for e in code(extractor, text)]


def test_fire_exchanged_with_heavy_weapons_is_a_clash_dated_when_it_began(extractor):
    e = code.one(
        extractor,
        "On Tuesday night Asaib Ahl al-Haq gunmen were exchanging mortar and rifle fire with police in "
        "Basra; nine people were dead by the time the fighting stopped on Wednesday.",
    )
    assert (e.sub_event_type, e.date, e.fatalities) == ("Armed clash", dt.date(2023, 5, 9), 9), e


def test_a_possessive_apposition_describes_the_name_before_it(extractor):
    e = code.one(
        extractor,
        "On Tuesday the Peace Brigades, Sadr's armed wing, traded machine-gun fire with PMF units in Basra.",
    )
    assert e.actor1 == "Saraya al-Salam", e
    e = code.one(
        extractor,
        "On 27 October 2022 Mohammed Shia al-Sudani, the Coordination Framework's nominee, was sworn in as "
        "prime minister.",
    )
    assert e.actor1 == "Government of Iraq", e


def test_the_second_side_told_by_a_capitalised_regions_title(extractor):
    e = code.one(
        extractor,
        "On Tuesday Prime Minister Mohammed Shia al-Sudani and the Kurdistan Region's prime minister Masrour "
        "Barzani signed a deal in Baghdad on oil exports.",
    )
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Agreement",
        "Government of Iraq",
        "Kurdistan Regional Government",
    ), e


def test_one_elected_with_a_long_description_is_a_parliament_vote(extractor):
    e = code.one(
        extractor,
        "On Tuesday parliament elected Ahmed Karim, a veteran Kurdish lawmaker and former planning minister, "
        "as president of the republic.",
    )
    assert (e.sub_event_type, e.actor1) == ("Other", "Council of Representatives of Iraq"), e


def test_a_vote_and_an_oath_told_with_no_place_are_in_baghdad(extractor):
    text = (
        "Politics digest — autumn 2022\n"
        "• 13 October 2022: Parliament elected Ahmed Karim as its speaker.\n"
        "• 27 October 2022: Mohammed Shia al-Sudani was sworn in as prime minister after a vote of confidence."
    )
    events = sorted(code(extractor, text), key=lambda e: e.date)
    assert [(e.actor1, e.location) for e in events] == [
        ("Council of Representatives of Iraq", "Baghdad"),
        ("Government of Iraq", "Baghdad"),
    ], events


def test_fighters_raiding_an_army_post_fight_it_on_the_bulleted_day_gone_by(extractor):
    text = (
        "Attacks on the army this year\n"
        "- 20 January: Islamic State fighters raided an army post near Tarmiyah while the soldiers slept, "
        "killing six of them."
    )
    events = code(extractor, text, published=dt.date(2022, 12, 29))
    assert len(events) == 1, events
    e = events[0]
    assert (e.sub_event_type, e.actor1, e.date, e.fatalities) == (
        "Armed clash",
        "Islamic State (Iraq)",
        dt.date(2022, 1, 20),
        6,
    ), e
