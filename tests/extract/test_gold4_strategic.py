"""Strategic developments that the fourth development set (src/tigris/data/gold4) showed told in words
of violence: bombs made safe, arrests of people tied to killings, a base handed over, a new unit
formed, property blown up while troops close in, and background that names fighting or detainees.
Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 5, 11), "gold4-strategic")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(extractor: RuleExtractor, text: str) -> list[str]:
    return [e.sub_event_type for e in code(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        # bomb squads at work: neutralised, dealt with … made safe, disposed of
        "SAMARRA, May 11 — Army engineers neutralised three roadside bombs on the road south of Samarra on Tuesday.",
        "BAIJI, May 11 — Sappers dealt with an explosive device hidden under a culvert near Baiji on Tuesday and "
        "made it safe.",
        "RAMADI, May 11 — Police disposed of a dozen mortar rounds left in a farmhouse near Ramadi on Tuesday.",
    ],
)
def test_devices_made_safe_are_disrupted_weapons_use(extractor: RuleExtractor, text: str) -> None:
    assert _subs(extractor, text) == ["Disrupted weapons use"]


def test_a_weapon_described_after_its_find_adds_no_attack(extractor: RuleExtractor) -> None:
    text = (
        "BALAD, May 11 — Police found a rocket launcher hidden in a palm grove near Balad on Tuesday. "
        "The launcher held eight rockets aimed at the air base."
    )
    assert _subs(extractor, text) == ["Disrupted weapons use"]


def test_killings_the_arrested_are_blamed_for_are_not_an_attack(extractor: RuleExtractor) -> None:
    text = (
        "KUT, May 11 — Police rounded up four men blamed for a wave of assassinations of lawyers in Kut, "
        "the governor said on Tuesday."
    )
    assert _subs(extractor, text) == ["Arrests"]


def test_the_crime_an_arrested_man_is_accused_of_is_not_retold_as_an_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BASRA, May 11 — A former militia commander accused of shooting a poet outside a Basra cafe last "
        "autumn has been taken into custody, police said on Tuesday. The poet was gunned down in "
        "September 2021; his family had given up hope of a trial.",
    )
    assert [(e.sub_event_type, e.date) for e in events] == [("Arrests", dt.date(2022, 5, 10))]


def test_a_camp_handed_over_is_a_change_to_group_activity(extractor: RuleExtractor) -> None:
    # docs/codebook.md: a base handed over stays a change to group/activity; the rockets the base
    # had taken before are the place's past
    text = (
        "BAGHDAD, May 11 — Italian troops handed over Camp Dublin, near the airport, to the Iraqi army on "
        "Tuesday, leaving a base that had been struck by mortars many times."
    )
    assert _subs(extractor, text) == ["Change to group/activity"]


def test_a_unit_being_formed_against_advancing_militants_is_no_battle(extractor: RuleExtractor) -> None:
    text = (
        "KARBALA, May 11 — A tribal leader said on Tuesday that he was forming a new brigade to guard the "
        "shrines against the militants advancing from the desert."
    )
    assert _subs(extractor, text) == ["Change to group/activity"]


def test_property_blown_up_as_troops_close_in_is_property_destruction(extractor: RuleExtractor) -> None:
    text = (
        "TIKRIT, May 11 — Islamic State fighters blew up a Shia shrine on the edge of Tikrit on Tuesday, "
        "as troops closed in on the town."
    )
    assert _subs(extractor, text) == ["Looting/property destruction"]


def test_a_site_told_inside_its_quarter_is_one_place(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 11 — Militants blew up the Abu Hanifa Mosque and its old clock tower in Adhamiya on "
        "Tuesday night.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Looting/property destruction", "Abu Hanifa Mosque")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the fighting an order followed is its background
        "KUFA, May 11 — The cleric ordered his militiamen to stop fighting and to leave the streets on Tuesday. "
        "The order came after four days of street fighting since the army launched an assault on the militia "
        "in Kufa.",
        # detainees named, no arrest told
        "KUFA, May 11 — The cleric ordered his militiamen to stop fighting and to leave the streets on Tuesday. "
        "He also asked for a pardon for detained fighters.",
    ],
)
def test_background_fighting_and_detainees_add_no_event(extractor: RuleExtractor, text: str) -> None:
    assert _subs(extractor, text) == ["Agreement"]


def test_a_ban_already_in_force_is_no_new_ban(extractor: RuleExtractor) -> None:
    text = (
        "ERBIL, May 11 — Officials said on Tuesday that the two governments see the group as a common "
        "threat; Baghdad has already banned the party."
    )
    assert "Other" not in _subs(extractor, text)
