"""The coalition's other contingents of 2003-2011 are actors of their own: an ambush of Italian
troops in Nasiriyah or mortar fire on a Polish base names the force, and UCDP's side for each is
the government's (a secondary party to its war). Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.evaluate.mappings import ucdp_side
from tigris.extract.extractor import RuleExtractor
from tigris.resolve.kb import knowledge_base

code = Coder(dt.date(2004, 5, 10), "coalition-forces")  # a Monday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    ("alias", "force", "government"),
    [
        ("Italian troops", "Military Forces of Italy", "Government of Italy"),
        ("Polish soldiers", "Military Forces of Poland", "Government of Poland"),
        ("Spanish forces", "Military Forces of Spain", "Government of Spain"),
        ("Australian troops", "Military Forces of Australia", "Government of Australia"),
        ("Danish soldiers", "Military Forces of Denmark", "Government of Denmark"),
        ("Georgian troops", "Military Forces of Georgia", "Government of Georgia"),
        ("القوات الإيطالية", "Military Forces of Italy", "Government of Italy"),
    ],
)
def test_a_contingent_resolves_to_its_force_under_its_government(alias, force, government):
    kb = knowledge_base()
    actor = kb.find_actor(alias)
    assert actor is not None and actor.acled_name == force
    assert any(kb.actors[str(m["actor"])].acled_name == government for m in actor.memberships)
    assert ucdp_side(force) == "Government of Iraq"


def test_a_clash_with_italian_troops_names_them(extractor):
    text = (
        "NASIRIYAH, May 9 (Dhi Qar Wire) - Italian troops fought Mahdi Army gunmen for hours on "
        "Sunday around the bridges of the city, and two militiamen were killed."
    )
    (clash,) = code(extractor, text)
    assert clash.sub_event_type == "Armed clash"
    assert {clash.actor1, clash.actor2} == {"Military Forces of Italy", "Mahdi Army"}


def test_mortar_fire_on_a_polish_base_has_the_poles_as_target(extractor):
    text = "Polish soldiers came under mortar fire at their base in Karbala on Sunday; no one was hurt."
    (fire,) = code(extractor, text)
    assert fire.sub_event_type == "Shelling/artillery/missile attack"
    assert fire.actor2 == "Military Forces of Poland" and fire.admin1 == "Karbala"
