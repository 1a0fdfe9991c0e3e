"""Thirteenth session, review: ordinary news that the session's background, habit, capture and
release rules must leave alone. Each sentence was coded wrongly (dropped or mis-typed) by a first
version of a rule. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

code = Coder(dt.date(2024, 6, 10), "session13-review")

KEPT = [
    ("Police had detained four men in Kirkuk on Monday, the first arrests since the bombing.", "Arrests"),
    ("A Kurdish journalist who had covered the conflict for years was shot dead in Sulaimaniyah on 8 June.", "Attack"),
    ("A PKK commander wanted by Ankara for years was killed in a Turkish drone strike in Sinjar, officials said.",
     "Air/drone strike"),
    ("Gunmen have killed a tribal sheikh in Basra who had mediated between feuding clans for years.", "Attack"),
    ("Islamic State fighters who moved from Syria attacked an army post near Qaim, killing four soldiers.",
     "Armed clash"),
    ("Basra has seen a wave of assassinations this year, and gunmen shot dead another activist there, police said.",
     "Attack"),
    ("Militants still in Hit attacked an army checkpoint, killing two soldiers.", "Armed clash"),
    ("A roadside bomb killed two soldiers near Tarmiyah, a town where insurgents strike whenever patrols pass.",
     "Remote explosive/landmine/IED"),
    ("Turkish jets struck PKK hideouts in Qandil in an operation that the defence ministry said will continue.",
     "Air/drone strike"),
    ("Gunmen shot a judge five times outside his home in Basra, police said.", "Attack"),
    ("Gunmen shot dead a lawyer in Basra, whose family has since fled the city.", "Attack"),
    ("More than 20 Turkish air strikes hit PKK positions in Duhok, the heaviest bombardment since 2019.",
     "Air/drone strike"),
    ("Militants fired dozens of rockets at the Ain al-Asad base, with no casualties reported so far.",
     "Shelling/artillery/missile attack"),
    ("Gunmen killed two farmers near Mosul, a city retaken from the Islamic State in mid-2017, police said.", "Attack"),
    ("Relatives of the men killed when gunmen stormed a wedding party near Balad buried them on Saturday.", "Attack"),
    ("The families of three soldiers killed in clashes with Islamic State militants near Tarmiyah received their "
     "bodies.", "Armed clash"),
    ("Hundreds of teachers marched in Basra during Ramadan over unpaid salaries.", "Peaceful protest"),
]  # fmt: skip

UNTOLD = [
    "Iraqi police captured three drivers smuggling oil near Basra.",
    "Police seized smuggled fuel near the refinery in Basra.",
    "Prime Minister Sudani met resistance faction leaders in Baghdad on Monday to discuss the US withdrawal.",
    "Customs officials released the seized trucks at Umm Qasr port on Monday.",
]


@pytest.mark.parametrize(("text", "sub_event_type"), KEPT)
def test_ordinary_news_keeps_its_event(extractor, text, sub_event_type):
    assert sub_event_type in [e.sub_event_type for e in code(extractor, text)]


@pytest.mark.parametrize("text", UNTOLD)
def test_goods_police_and_meetings_make_no_abduction_territory_clash_or_release(extractor, text):
    subs = {e.sub_event_type for e in code(extractor, text)}
    assert not subs & {
        "Abduction/forced disappearance",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
        "Agreement",
    }


def test_state_troops_taking_fighters_captive_abduct_no_one(extractor):
    subs = {
        e.sub_event_type
        for e in code(extractor, "Iraqi troops took 30 Islamic State fighters captive near Tal Afar.")
    }
    assert "Abduction/forced disappearance" not in subs


def test_a_title_before_a_name_is_no_office_filled(extractor):
    text = "The UN report named Interior Minister Abdul Amir al-Shammari among the officials responsible for the crackdown."
    assert "Other" not in {e.sub_event_type for e in code(extractor, text)}
