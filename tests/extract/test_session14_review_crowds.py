"""Session 14 review: regressions in the session's crowd, seizure, hand-over and authority rules.
A crowd that is bombed or fired on is the victim, not a killing mob; a gas or smoke weapon kills at a
protest only where a crowd is told and no armed group or rioter threw it; only a crowd breaks a police
line as a riot; a town seized is ground taken, not a person abducted; troops that take a town after a
battle regain it by force; authorities named by a Kurdistan Region city are the regional government.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2024, 5, 2), "session14-review-crowds")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(extractor: RuleExtractor, text: str) -> list[str]:
    return [e.sub_event_type for e in code(extractor, text)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A parked car bomb went off near a crowd of day labourers gathered for hire in Bab al-Sharqi, "
            "and killed 24 people on Tuesday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gunmen opened fire on a crowd of worshippers coming out of a mosque in Baquba, and killed "
            "three on Tuesday.",
            "Attack",
        ),
        (
            "A suicide bomber struck a crowd of pilgrims on foot to Karbala near Hilla, and killed 22 on Tuesday.",
            "Suicide bomb",
        ),
    ],
)
def test_a_crowd_that_is_bombed_or_fired_on_is_no_mob(extractor, text, sub):
    assert _subs(extractor, text) == [sub]


def test_a_gas_or_smoke_weapon_with_no_crowd_or_thrown_by_others_is_no_excessive_force(extractor):
    assert _subs(
        extractor, "A bomb concealed among gas canisters killed six people at a market in Baquba on Tuesday."
    ) == ["Remote explosive/landmine/IED"]
    assert _subs(
        extractor, "A policeman died after a smoke grenade thrown by rioters hit him in Nasiriyah on Tuesday."
    ) == ["Violent demonstration"]
    subs = _subs(
        extractor, "A soldier was killed by a gas grenade thrown by IS militants near Hawija on Tuesday."
    )
    assert subs and "Excessive force against protesters" not in subs


def test_only_a_crowd_breaks_a_police_line_as_a_riot(extractor):
    assert _subs(
        extractor,
        "A suicide bomber burst through the police cordon outside a Shiite mosque in Baghdad on Friday "
        "and set off his vest, killing 11 worshippers.",
    ) == ["Suicide bomb"]
    assert "Violent demonstration" not in _subs(
        extractor, "IS fighters broke through the police lines on the northern edge of Ramadi on Friday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen seized Tuz Khurmatu on Tuesday after the Kurdish forces pulled back.",
        "Gunmen seized Jurf al-Sakhar on Tuesday after a day of clashes with the army.",
        "Gunmen seized Umm Qasr port on Tuesday after a fight with border guards.",
    ],
)
def test_a_town_seized_is_ground_taken_not_a_person_abducted(extractor, text):
    subs = _subs(extractor, text)
    assert subs == ["Non-state actor overtakes territory"]


def test_troops_taking_a_town_after_a_battle_regain_it(extractor):
    assert _subs(
        extractor,
        "IS fighters retreated from Rutba after a four-day battle, and Iraqi troops took control of the town "
        "on Tuesday.",
    ) == ["Government regains territory"]


@pytest.mark.parametrize(
    "text",
    [
        "Erbil authorities banned all protests in the city on Tuesday.",
        "Duhok authorities cut internet access in the whole province on Tuesday.",
    ],
)
def test_authorities_of_a_kurdistan_city_are_not_the_federal_government(extractor, text):
    events = code(extractor, text)
    assert [e.sub_event_type for e in events] == ["Other"]  # the ban is coded, so the checks below bite
    assert all(e.actor1 != "Government of Iraq" for e in events)
    assert all(e.actor1 in (None, "Kurdistan Regional Government") for e in events)
