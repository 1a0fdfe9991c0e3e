"""Actor roles, round 7: sources, passives, attacks suffered and a crowd's backers, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from coding import Coder

from tigris.extract.extractor import RuleExtractor

CIVILIANS = "Civilians (Iraq)"
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


one = Coder(dt.date(2021, 3, 9), "round7").one


def test_a_list_of_sources_is_no_party(extractor: RuleExtractor) -> None:
    e = one(
        extractor,
        "A car bomb went off at a bus station in Hilla on Monday, killing 12 people, police and doctors said.",
    )
    assert e.actor2 == CIVILIANS


def test_passive_toll_counts_people_at_large(extractor: RuleExtractor) -> None:
    e = one(
        extractor,
        "At least 22 people were killed in Tikrit on Sunday when a suicide bomber blew himself up in a cafe.",
    )
    assert e.actor2 == CIVILIANS


def test_agent_after_a_long_stretch_of_place_and_time(extractor: RuleExtractor) -> None:
    e = one(
        extractor,
        "The lawyer Karim Abbas was shot dead near the court building in Basra on Friday night by gunmen in a car.",
    )
    assert (e.actor1, e.actor2) == (UNIDENTIFIED, CIVILIANS)


def test_what_comes_under_fire_is_the_target(extractor: RuleExtractor) -> None:
    e = one(
        extractor,
        "A Turkish army outpost near Zakho came under mortar fire on Tuesday, wounding two soldiers.",
    )
    assert (e.actor1, e.actor2) == (UNIDENTIFIED, "Military Forces of Turkey")


def test_supporters_of_a_force_are_not_the_force_they_faced(extractor: RuleExtractor) -> None:
    e = one(
        extractor,
        "Dozens of supporters of the Popular Mobilization Forces stormed a television station in Baghdad on "
        "Thursday and smashed its equipment before police arrived.",
    )
    assert e.event_type == "Riots"
    assert e.actor2 is None


def test_attackers_of_a_protest_camp_are_the_force(extractor: RuleExtractor) -> None:
    e = one(
        extractor,
        "A sit-in in Nasiriyah was attacked on Saturday by followers of the cleric Moqtada al-Sadr, who "
        "set tents on fire and fired at the protesters.",
    )
    assert e.event_type in ("Protests", "Riots")
    assert e.actor2 == "Sadrist Movement"
