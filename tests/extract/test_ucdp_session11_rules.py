"""Eleventh session, wire headlines: a group glued to "-claimed" after the event word is its doer, a
ground-taking verb in scare quotes keeps the state as the taker, a state named with a side of it
("southeastern Turkey") is a place, and the force a strike helps is on the striker's side. Texts
written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2017, 5, 20), "ucdp-session11")


def test_a_group_glued_to_claimed_in_a_later_headline_did_the_bombing(extractor):
    event = code.one(
        extractor,
        "Two suicide car bombs go off at a checkpoint near Basra oilfields; IS-claimed suicide attacks kill 30 in Iraq",
    )
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 != "Islamic State (Iraq)"


def test_a_quoted_liberate_still_has_the_troops_take_the_town(extractor):
    event = code.one(extractor, 'Iraqi troops kill 40 IS fighters, advance to "liberate" Rutba - website')
    assert event.sub_event_type == "Government regains territory"
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_a_state_named_with_a_side_of_it_is_where_the_strike_fell(extractor):
    event = code.one(extractor, "Nine PKK fighters were killed in southeastern Turkey by air strikes")
    assert event.country == "Turkey"
    assert (event.actor1, event.actor2) == ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")


def test_the_force_a_strike_helps_is_associated_not_struck(extractor):
    event = code.one(extractor, "US air strikes help Kurdish forces push back IS near Mosul")
    assert (event.actor1, event.actor2) == ("Military Forces of the United States", "Islamic State (Iraq)")
    assert event.assoc_actor_1 == "Peshmerga"
