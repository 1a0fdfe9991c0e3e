"""Who a force member killed in the passive is, and whose ministry a bare ministry name is.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import scan_names
from tigris.resolve.kb import knowledge_base

code = Coder(dt.date(2021, 3, 10), "session9-offices")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, force",
    [
        ("A policeman was shot dead in Amarah on Tuesday.", "Police Forces of Iraq"),
        ("Two police officers were gunned down at their post in Kut.", "Police Forces of Iraq"),
        ("A police colonel was assassinated in Basra on Tuesday.", "Police Forces of Iraq"),
        ("An army officer was shot dead outside his home in Mosul.", "Military Forces of Iraq"),
    ],
)
def test_a_force_member_killed_in_the_passive_is_the_target_not_the_doer(extractor, text, force):
    event = code.one(extractor, text)
    assert event.actor2 == force
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.fatalities_low >= 1


def test_a_force_that_shoots_dead_is_still_the_doer(extractor):
    event = code.one(extractor, "Police shot dead two gunmen at a checkpoint in Basra.")
    assert event.actor1 == "Police Forces of Iraq"
    assert event.actor2 == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "The interior ministry arrested five men suspected of planning bombings in Karbala.",
            "Police Forces of Iraq",
        ),
        (
            "The Ministry of Defence said its troops seized 40 rockets in a farm near Jurf al-Sakhar.",
            "Military Forces of Iraq",
        ),
        (
            "The Kurdistan Region's interior ministry said its forces arrested three men in Erbil.",
            "Kurdistan Regional Government",
        ),
    ],
)
def test_a_ministry_named_without_a_state_is_iraqs_and_the_kurdistan_regions_is_its_own(
    extractor, text, doer
):
    assert code.one(extractor, text).actor1 == doer


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey's defence ministry said its jets struck targets near Zakho.",
        "The Syrian interior ministry said the border crossing was closed.",
        "Iran's interior ministry said pilgrims should carry passports.",
    ],
)
def test_another_states_ministry_is_never_read_as_iraqs(sentence):
    hits = scan_names(sentence, knowledge_base())
    assert not any(h.actor is not None and h.actor.country == "Iraq" for h in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said two soldiers were killed in clashes with the PKK near Zakho.",
        "Turkey's defence ministry said two soldiers were killed in clashes with the PKK near Zakho.",
    ],
)
def test_soldiers_a_foreign_ministry_reports_killed_are_its_states(extractor, text):
    event = code.one(extractor, text)
    assert {event.actor1, event.actor2} == {"Military Forces of Turkey", "PKK: Kurdistan Workers Party"}
    assert event.actor1 == "PKK: Kurdistan Workers Party"


@pytest.mark.parametrize(
    "text, arrester",
    [
        (
            "Kurdish authorities detained a journalist in Duhok last week over a Facebook post.",
            "Kurdistan Regional Government",
        ),
        ("A journalist was detained in Duhok over a Facebook post.", None),
    ],
)
def test_a_civilian_is_the_one_arrested_never_the_one_who_arrests(extractor, text, arrester):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Arrests"
    assert event.actor1 == arrester
    assert event.actor2 == "Civilians (Iraq)"
