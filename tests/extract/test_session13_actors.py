"""Thirteenth session: doers and targets told in other ways. A weapon told with its own participle
names who drove or set it off; fire from a side's positions is that side's; the Awakening's men; the
dead told first as people at large, foreigners and holidaymakers; a governor's seat and ministries
with a blast outside them; an aircraft shot down; air force cadets; the National Security Service.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2016, 5, 10), "session13-actors")


def test_who_drove_the_car_bomb_did_the_deed(extractor):
    event = code(
        extractor,
        "Seven policemen were killed near Samarra on Sunday by a car bomb driven by Islamic State militants.",
    )[0]
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Police Forces of Iraq")


def test_who_set_off_the_bomb_did_it_and_the_shoppers_are_the_target(extractor):
    event = code(
        extractor,
        "Scores of shoppers were killed in a Baqubah market by a bomb set off by al-Qaeda in Iraq, police said.",
        published=dt.date(2006, 7, 2),
    )[0]
    assert (event.actor1, event.actor2) == ("Al-Qaeda in Iraq", "Civilians (Iraq)")


def test_mortar_fire_from_a_sides_positions_is_that_sides(extractor):
    event = code(
        extractor,
        "Four Peshmerga were hurt by mortar fire from Islamic State positions near Bashiqa on Monday.",
    )[0]
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", "Peshmerga")


def test_the_awakenings_men_are_the_awakening(extractor):
    event = code(
        extractor,
        "Sahwa fighters thwarted an al-Qaeda in Iraq attack on their village near Tarmiyah, killing two militants.",
        published=dt.date(2008, 2, 3),
    )[0]
    assert event.actor2 == "Anbar Awakening"
    event = code(
        extractor,
        "Three Awakening members died when a suicide bomber struck their office in Adhamiyah on Tuesday.",
        published=dt.date(2008, 2, 3),
    )[0]
    assert event.actor2 == "Anbar Awakening"


def test_foreigners_killed_by_a_bomb_are_their_countrys_civilians(extractor):
    event = code(
        extractor,
        "Three Iranian pilgrims were killed by a roadside bomb near Balad on Saturday.",
    )[0]
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Iran)")


def test_tourists_killed_by_shelling_are_civilians(extractor):
    event = code(
        extractor,
        "Turkish artillery pounded a picnic spot near Amadiya on Friday, killing four Iraqi holidaymakers.",
    )[0]
    assert event.actor2 == "Civilians (Iraq)"


def test_the_governors_compound_is_the_government(extractor):
    event = code(
        extractor, "Islamic State gunmen stormed the governor's headquarters in Ramadi on Thursday."
    )[0]
    assert event.actor2 == "Government of Iraq"
    event = code(
        extractor,
        "Two car bombs went off outside the justice ministry in Baghdad, killing 30 people.",
        published=dt.date(2009, 10, 26),
    )[0]
    assert event.actor2 == "Government of Iraq"


def test_an_aircraft_shot_down_is_the_target(extractor):
    event = code(
        extractor,
        "A British Lynx helicopter was shot down over Basra on Saturday, killing five crew.",
        published=dt.date(2006, 5, 7),
    )[0]
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Military Forces of the United Kingdom"


def test_air_force_cadets_are_the_military(extractor):
    event = code(
        extractor,
        "Islamic State gunmen shot dead dozens of air force cadets they had seized near Speicher.",
        published=dt.date(2014, 6, 20),
    )[0]
    assert event.actor2 == "Military Forces of Iraq"


def test_the_national_security_service_is_the_government(extractor):
    event = code(
        extractor, "The National Security Service arrested two Islamic State suspects in Hawija on Sunday."
    )[0]
    assert (event.actor1, event.actor2) == ("Government of Iraq", "Islamic State (Iraq)")
