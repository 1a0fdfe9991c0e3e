"""Thirteenth session, the sides a wire headline names (second pass): a force told as fighting the
group in a participle is in a fight with it. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2016, 5, 30), "ucdp-session13-sides2")


def test_troops_told_as_fighting_the_group_are_in_a_fight(extractor):
    event = code.one(extractor, "Army sends fresh units to help soldiers fighting IS near Ramadi")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {"Military Forces of Iraq", "Islamic State (Iraq)"}


def test_a_force_fighting_back_for_pay_is_no_fight_with_the_group(extractor):
    assert code(extractor, "Police officers fighting for unpaid wages rally in Basra") == []


def test_an_order_to_back_troops_in_a_fight_leaves_the_fight_told(extractor):
    event = code.one(extractor, "Kurdish brigade ordered to relieve Peshmerga fighting IS west of Kirkuk")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {"Peshmerga", "Islamic State (Iraq)"}


def test_an_order_to_storm_a_town_is_still_no_fight(extractor):
    assert code(extractor, "Abadi ordered the army to storm Ramadi") == []
