"""Rules from the twelfth development set (part B): fire traded by two sides named together, floods,
honours paid to the fallen and their kin, video games, a strike abroad that a statement condemns, drones
that "also hit", combat sorties and a lone bomber, a flag raised over a town, resistance met on the way
in, a daily update's weekday items, where witnesses got to, a strike's closing source, a man killed in a
strike, a leader named after his group and title, and a release's header date. Texts written for tigris
about events other than the set's own."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2017, 10, 21), "gold12-part-b")  # a Saturday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_two_sides_trading_mortar_fire_clash(extractor):
    text = (
        "ALTUN KUPRI, Oct 21 (Test Wire) - Peshmerga fighters and Iraqi federal police traded machine-gun "
        "and mortar fire on the edge of Altun Kupri on Friday, local officials said."
    )
    e = code.one(extractor, text)
    assert (e.sub_event_type, e.date, e.actor1) == ("Armed clash", dt.date(2017, 10, 20), "Peshmerga"), e


def test_teams_battling_flood_water_fight_no_one(extractor):
    text = (
        "SHIRQAT, Nov 24 (Test Wire) - Flash floods swept through Shirqat on Friday after a night of heavy "
        "rain. Rescue teams battled the rising water until dawn, pulling people from flooded houses."
    )
    assert code(extractor, text, dt.date(2018, 11, 24)) == []


def test_honours_paid_to_troops_who_fought_are_no_fight(extractor):
    text = (
        "BAGHDAD, July 10 (Test Wire) - The prime minister gave a speech on Tuesday in honour of the "
        "soldiers who fought street by street through the Old City of Mosul."
    )
    assert code(extractor, text, dt.date(2018, 7, 10)) == []


def test_families_of_the_fallen_name_no_battle(extractor):
    text = (
        "RAMADI, Dec 28 (Test Wire) - Relatives of policemen who died in the battles for Ramadi and "
        "Hit laid wreaths at the provincial council on Monday."
    )
    assert code(extractor, text, dt.date(2020, 12, 28)) == []


def test_a_video_game_shows_no_fighting(extractor):
    text = (
        "BASRA, March 3 (Test Wire) - A Basra studio has released a mobile game in which players fight "
        "gun battles with Islamic State fighters in Mosul."
    )
    assert code(extractor, text, dt.date(2021, 3, 3)) == []


def test_a_strike_abroad_that_baghdad_condemns_is_not_coded(extractor):
    text = (
        "BAGHDAD, Sept 28 (Test Wire) - Iraq's foreign ministry on Saturday condemned the Israeli air "
        "strikes on Beirut as a dangerous escalation."
    )
    events = code(extractor, text, dt.date(2024, 9, 28))
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"], events


def test_drones_that_also_hit_strike(extractor):
    text = "A Turkish drone also hit a hospital in Sikeniya on Tuesday, killing eight people."
    e = code(extractor, text, dt.date(2021, 8, 18))[0]
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Military Forces of Turkey"), e


def test_combat_sorties_that_strike_are_air_strikes(extractor):
    text = (
        "The Iraqi Air Force flew combat sorties over the Hamrin mountains on Sunday, striking hideouts "
        "of Islamic State remnants."
    )
    events = code(extractor, text, dt.date(2020, 4, 14))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], events


def test_a_lone_bomber_dropping_bombs_strikes(extractor):
    text = (
        "A single US B-1 bomber dropped several heavy bombs on Republican Guard barracks near Kut "
        "late on Thursday."
    )
    e = code(extractor, text, dt.date(1998, 12, 18))[0]
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Military Forces of the United States"), e


def test_a_flag_raised_over_a_town_by_troops_is_ground_taken(extractor):
    text = "Iraqi soldiers raised the national flag over the town hall of Hawija on Thursday."
    e = code(extractor, text, dt.date(2017, 10, 6))[0]
    assert (e.sub_event_type, e.location, e.date) == (
        "Government regains territory",
        "Hawija",
        dt.date(2017, 10, 5),
    ), e


def test_a_crowd_raising_a_flag_takes_no_ground(extractor):
    text = "Protesters raised the national flag over their tents in Tahrir Square on Friday."
    events = code(extractor, text, dt.date(2019, 11, 2))
    assert not [e for e in events if e.sub_event_type.endswith("territory")], events


def test_fire_met_on_the_way_in_is_the_ground_taken(extractor):
    text = (
        "Iraqi forces retook Rutba on Thursday. Officers of the border brigade told reporters their units "
        "met only scattered sniper fire as they reached the market."
    )
    events = code(extractor, text, dt.date(2016, 5, 20))
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Rutba")], (
        events
    )


def test_resistance_met_at_a_town_just_retaken_is_that_fight(extractor):
    text = (
        "Peshmerga forces retook Bashiqa on Monday. Commanders said their units met stiff resistance on "
        "the outskirts of Bashiqa before the militants pulled back."
    )
    events = code(extractor, text, dt.date(2016, 11, 8))
    assert [e.sub_event_type for e in events] == ["Government regains territory"], events


def test_a_daily_update_item_opening_with_its_weekday_is_dated_by_it(extractor):
    text = (
        "Iraq Daily Brief - Friday, January 10, 2020\n"
        "Key point: tension stays high.\n"
        "Wednesday, January 8: Iranian missiles struck Ain al-Asad air base before dawn.\n"
    )
    e = code(extractor, text, dt.date(2020, 1, 10))[0]
    assert (e.sub_event_type, e.date) == ("Shelling/artillery/missile attack", dt.date(2020, 1, 8)), e


def test_where_witnesses_got_to_is_not_the_event_place(extractor):
    text = (
        "Islamic State fighters overran Tal Afar on Monday. Residents who reached Sinjar said the "
        "militants fought army units at the citadel."
    )
    events = code(extractor, text, dt.date(2014, 6, 17))
    assert [e.location for e in events] == ["Tal Afar"], events


def test_a_man_killed_in_a_strike_is_its_target_and_the_announcer_no_party(extractor):
    text = (
        "The Islamic State's deputy leader in Iraq, Abu Yasir al-Issawi, was killed in an air strike south "
        "of Kirkuk, Prime Minister Mustafa al-Kadhimi announced on Friday."
    )
    e = code(extractor, text, dt.date(2022, 1, 28))[0]
    assert e.actor1 != "Islamic State (Iraq)" and e.actor2 == "Islamic State (Iraq)", e


def test_a_leader_named_after_his_group_and_title_is_killed_not_the_killer(extractor):
    text = (
        "US forces killed Islamic State deputy leader Abu Muslim al-Turkmani in an air strike near Mosul "
        "on Tuesday."
    )
    e = code(extractor, text, dt.date(2015, 8, 21))[0]
    assert (e.actor1, e.actor2) == ("Military Forces of the United States", "Islamic State (Iraq)"), e


def test_a_header_line_date_is_the_release_day_not_the_strike_day(extractor):
    text = (
        "JOINT OPERATIONS COMMAND - IRAQ\n"
        "Security Media Cell\n"
        "Statement, 30 January 2022\n"
        "BAGHDAD - Iraqi F-16 aircraft struck an Islamic State hideout in a remote valley of the Hamrin "
        "mountains, about 40 kilometres north-east of Baqubah, at dawn on 28 January."
    )
    events = code(extractor, text, dt.date(2022, 1, 30))
    assert events and {e.date for e in events} == {dt.date(2022, 1, 28)}, events


def test_the_force_backing_the_doer_is_not_the_side_it_fights(extractor):
    text = (
        "SADR CITY, April 6 (Test Wire) - Iraqi soldiers, backed by American helicopters, fought a gun "
        "battle with gunmen in Sadr City on Sunday, officials said."
    )
    e = code(extractor, text, dt.date(2008, 4, 6))[0]
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "Unidentified Armed Group (Iraq)"), e


def test_an_event_told_only_in_a_clause_of_another_day_is_dated_back(extractor):
    text = (
        "BAGHDAD, July 7 (Test Wire) - Shops in the Karrada district reopened on Thursday, four days after "
        "a truck bomb killed more than 300 people there."
    )
    events = code(extractor, text, dt.date(2016, 7, 7))
    assert [e.date for e in events] == [dt.date(2016, 7, 3)], events


def test_a_group_and_its_allied_gunmen_take_ground_as_the_group(extractor):
    text = "Islamic State and allied Baathist gunmen overran Tikrit on Wednesday after police fled."
    e = code(extractor, text, dt.date(2014, 6, 12))[0]
    assert (e.sub_event_type, e.actor1) == ("Non-state actor overtakes territory", "Islamic State (Iraq)"), e


def test_the_unknown_soldier_of_a_monument_is_no_force(extractor):
    text = (
        "BAGHDAD, Jan 22 (Test Wire) - Three rockets landed near the Unknown Soldier monument in the Green "
        "Zone late on Tuesday, security sources said. No one was hurt."
    )
    e = code(extractor, text, dt.date(2020, 1, 22))[0]
    assert e.actor2 != "Military Forces of Iraq", e


def test_a_kurdish_party_s_counter_terrorism_force_is_the_asayish(extractor):
    text = (
        "A Turkish drone hit a car near Sulaymaniyah on Friday, killing two members of the PUK's "
        "counter-terrorism force, party officials said."
    )
    e = code(extractor, text, dt.date(2024, 8, 24))[0]
    assert (e.actor1, e.actor2) == ("Military Forces of Turkey", "Asayish"), e


def test_the_town_taken_is_the_one_the_line_before_named(extractor):
    text = "Rutba has fallen. ISIL fighters took the town on Sunday, police officers said."
    e = code(extractor, text, dt.date(2014, 6, 23))[0]
    assert (e.sub_event_type, e.location) == ("Non-state actor overtakes territory", "Rutba"), e


def test_the_base_struck_is_the_one_the_line_before_named(extractor):
    text = (
        "RAMADI, Jan 9 (Test Wire) - American and Iraqi troops share Ain al-Asad air base in the Anbar desert. "
        "Early on Wednesday Iranian ballistic missiles struck the base, damaging hangars and living quarters."
    )
    e = code(extractor, text, dt.date(2020, 1, 9))[0]
    assert (e.location, e.actor1) == ("Ain al-Asad Air Base", "Military Forces of Iran"), e
