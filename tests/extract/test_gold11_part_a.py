"""Rules from the eleventh development set (part A): round-ups and stories of several events. Tolls
counted in other words, the next blow of one attack, the day of an event named by its weekday, a
claim told inside the attack's sentence, places on each side of a semicolon, remarks and scenes that
tell no event, crowds told in a log's present tense, ground taken told as a noun, aircraft that only
helped, and orders that are not yet deeds. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2014, 5, 14), "gold11-part-a")  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# Tolls told in other words


def test_a_ministry_that_puts_the_dead_at_a_figure_gives_the_toll(extractor):
    text = (
        "On Tuesday evening three car bombs tore through a busy street in Shula. The health ministry "
        "puts the dead at 48; dozens more were hurt."
    )
    event = code.one(extractor, text)
    assert event.fatalities == 48


def test_the_dead_now_numbering_a_figure_is_the_toll(extractor):
    text = (
        "On Monday a truck bomb went off beside a mosque in Tuz Khurmatu as prayers ended, and the dead "
        "now number at least 31."
    )
    event = code.one(extractor, text)
    assert event.fatalities == 31


def test_a_count_told_as_a_bare_figure_is_the_toll(extractor):
    text = (
        "Gunmen shot dead shepherds taken from their tents near Rutba on Tuesday; the tribal count is 14, "
        "though some elders speak of more."
    )
    event = code.one(extractor, text)
    assert event.fatalities == 14


# One attack told in parts


def test_a_second_bomb_for_those_who_came_to_help_is_the_same_bombing(extractor):
    text = (
        "On Tuesday night a suicide bomber blew himself up at a wedding party in Tarmiyah, and a second "
        "bomb went off as guests ran to help the wounded; at least 17 people were killed."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities == 17


def test_a_car_bomb_moments_later_a_short_distance_away_is_the_same_attack(extractor):
    text = (
        "A suicide bomber struck a queue of army recruits outside a base in Balad on Tuesday. A car bomb "
        "exploded moments later at a checkpoint a short distance away. Officials put the dead at 22."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities == 22


# Days and doers


def test_the_weekday_of_a_bombing_under_a_dateline_dates_it(extractor):
    text = (
        "SAMARRA, Iraq, May 14 (Tigris Wire) - Officials now put the dead at 61 from Sunday's truck "
        "bombing near a bus station in Samarra, in which a suicide driver set off a van full of explosives."
    )
    event = code.one(extractor, text)
    assert event.date == dt.date(2014, 5, 11)
    assert event.sub_event_type == "Suicide bomb"


def test_that_morning_is_the_day_told_before_it_and_the_group_naming_its_fighter_did_it(extractor):
    text = (
        "In a post on its channels on Monday, Islamic State said one of its fighters had driven a truck "
        "packed with explosives into a crowd of shoppers in Kadhimiya that morning."
    )
    event = code.one(extractor, text)
    assert event.date == dt.date(2014, 5, 12)
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.sub_event_type == "Suicide bomb"


def test_a_bombing_named_by_its_weekday_and_told_in_a_where_clause_keeps_that_day(extractor):
    text = (
        "Gunmen attacked a police post in Samarra on Wednesday. The raid came three days after Sunday's truck "
        "bombing in the Bayaa district of Baghdad, where a lorry loaded with explosives flattened a row of shops."
    )
    bayaa = [e for e in code(extractor, text) if e.location == "Bayaa"]
    assert len(bayaa) == 1
    assert bayaa[0].date == dt.date(2014, 5, 11)


def test_an_event_after_a_semicolon_with_its_own_place_is_not_placed_before_it(extractor):
    text = (
        "The raid on Baiji came as the offensive on Mosul entered its second week; on Tuesday, "
        "counter-terrorism units recaptured Qayyarah."
    )
    event = code.one(extractor, text)
    assert event.location == "Qayyarah"


# What tells no event


def test_car_bombs_that_remain_the_deadliest_weapon_are_no_event(extractor):
    text = (
        "The mission's monthly report counted 900 civilians killed in April. Car bombs remain the deadliest "
        "weapon in Baghdad, its analysts said."
    )
    assert code(extractor, text) == []


def test_the_sound_of_war_replaced_by_building_work_is_no_event(extractor):
    text = "In the old market of Ramadi the sound of cement mixers has replaced the thud of mortars."
    assert code(extractor, text) == []


def test_factions_saying_they_had_nothing_to_do_with_a_rocket_deny_it(extractor):
    text = (
        "Asaib Ahl al-Haq said on Tuesday that it had nothing to do with the rocket that hit a field near "
        "Baghdad airport on Monday night."
    )
    events = code(extractor, text)
    assert events
    assert all(e.modality == "denied" for e in events)


# Crowds in a log's present tense


def test_police_firing_on_marchers_is_excessive_force(extractor):
    text = "Police opened fire on marchers in Kut on Tuesday, killing two."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"


def test_protesters_who_torch_offices_in_a_log_riot(extractor):
    text = "- 12 May - Amarah - protesters torch the offices of two parties in the city centre"
    event = code.one(extractor, text)
    assert event.sub_event_type == "Violent demonstration"


def test_gunmen_who_smash_a_channels_equipment_destroy_property(extractor):
    text = (
        "Masked men stormed the studio of a local radio station in Kut on Tuesday and smashed its equipment."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Looting/property destruction"


# Ground taken, and aircraft that helped


def test_insurgents_who_took_over_a_town_are_an_unnamed_group_overtaking_it(extractor):
    text = "On Tuesday, armed tribesmen took over Rashad, a town south-west of Kirkuk, after a night of fighting."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_capture_completed_is_ground_taken(extractor):
    text = "Islamic State fighters completed their capture of Hit on Tuesday."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_ground_retaken_backed_by_air_strikes_is_ground_regained(extractor):
    text = "Iraqi troops retook Baiji on Tuesday, backed by coalition air strikes."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Government regains territory"


def test_a_fight_and_rockets_on_another_place_in_one_sentence_are_two_events(extractor):
    text = (
        "Militiamen fought Iraqi troops in Shula on Tuesday afternoon, and mortar rounds fell on the Green "
        "Zone through the night."
    )
    subs = sorted(e.sub_event_type for e in code(extractor, text))
    assert subs == ["Armed clash", "Shelling/artillery/missile attack"]


def test_men_killed_in_an_air_strike_told_after_and_are_the_strike(extractor):
    text = (
        "Coalition aircraft killed a senior Islamic State commander, and four of his guards in an air strike "
        "on a farm near Hawija on Tuesday."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Air/drone strike"


def test_arrests_ordered_are_no_arrests_and_the_clause_before_still_tells_its_event(extractor):
    text = (
        "On Tuesday a reporter in Jurf al-Sakhar saw shops being looted and burned, apparently by "
        "militiamen; the governor ordered arrests of anyone caught looting."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Looting/property destruction"


# Ground handed over, and days told against the line's day


def test_the_side_that_walked_in_after_the_other_pulled_back_takes_the_ground(extractor):
    text = (
        "Monday: After the army pulled back before dawn, Peshmerga units walked into Makhmour without a "
        "shot fired."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Peshmerga"


def test_units_that_moved_in_later_in_the_day_did_so_on_the_lines_day(extractor):
    text = (
        "WEEK IN REVIEW\n"
        "Sunday: A roadside bomb hit an army patrol near Tarmiyah.\n"
        "Tuesday: Police units pulled out of Tuz Khurmatu, and Popular Mobilisation fighters moved into the "
        "town later in the day."
    )
    tuz = [e for e in code(extractor, text) if e.location == "Tuz Khurmatu"]
    assert len(tuz) == 1
    assert tuz[0].date == dt.date(2014, 5, 13)
    assert tuz[0].actor1 == "Popular Mobilization Forces"


def test_a_night_that_ran_into_a_weekday_began_the_day_before(extractor):
    text = "Overnight and into Tuesday, gunmen burned shops and two mosques in Baladruz."
    event = code.one(extractor, text)
    assert event.date == dt.date(2014, 5, 12)


def test_overnight_under_a_dateline_is_still_the_night_before_the_story(extractor):
    text = "ANKARA/ERBIL, May 14 — Turkish jets struck PKK hideouts in the Qandil mountains overnight."
    event = code.one(extractor, text)
    assert event.date == dt.date(2014, 5, 13)


def test_militants_who_carried_off_hundreds_of_women_abducted_them(extractor):
    text = (
        "On Sunday, in villages north of Tal Afar, the militants carried off hundreds of women and children."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Abduction/forced disappearance"
