"""No-event stories, sixteenth round: sport, fires, anniversaries, history features, analysis and
crime told in words that look like violence. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 4, 20), "noevent16")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        # sport told in war words
        "NAJAF, April 20 — Naft al-Wasat and Al-Najaf fought a real battle in midfield on Tuesday, "
        "the two sides clashing over every loose ball.",
        "The decisive blow was struck in the 94th minute, when the substitute smashed the ball into the roof of the net.",
        "BASRA, April 20 — The national coach named four new strikers on Tuesday for next month's qualifiers.",
        # fires, epidemics
        "KUT, April 20 — Firefighters battled the blaze at the textile factory for six hours on Tuesday.",
        "MOSUL, April 20 — A fire broke out in a furniture market on Tuesday, and the fire destroyed 40 shops.",
        "DIWANIYAH, April 20 — Health teams handed out chlorine tablets in three villages on Tuesday after cases of diarrhoea.",
        # anniversaries and history features
        "HALABJA, April 20 — Hundreds gathered at the cemetery on Tuesday to mark 34 years since the chemical attack on the town.",
        "Feature: On August 2, 1990, Iraqi troops and tanks stormed into Kuwait. The invasion came after "
        "months of quarrels over oil, and its army looted Kuwait City.",
        # a book about a battle
        "ERBIL, April 20 — A new book recounts how Islamic State fighters seized the town of Sinjar.",
        # analysis in general terms
        "Rocket fire on the bases tends to increase whenever talks between Washington and Tehran stall.",
        "Risk alert: Roadside bombs and ambushes remain a serious threat on the roads of Salah al-Din.",
        # crime between relatives or neighbours
        "BAGHDAD, April 20 — A man was shot dead on Tuesday in a quarrel with his neighbour over a parking space.",
        "BAGHDAD, April 20 — Police arrested a man on Tuesday who had killed his wife in a family dispute.",
        "AMARAH, April 20 — Police arrested three men on Tuesday who stole transformer cables in the city.",
        # war debris cleared, farmers burning stubble
        "FALLUJAH, April 20 — Demining teams removed 150 explosive remnants of war from farmland last month.",
        "TIKRIT, April 20 — Farmers set fire to the stubble on their fields on Tuesday after the harvest.",
    ],
)
def test_no_political_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_anniversary_of_an_uprising_is_still_a_protest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, April 20 — Thousands gathered in Tahrir Square on Tuesday for the anniversary of the October uprising.",
    )
    assert event.sub_event_type == "Peaceful protest"


def test_real_attack_beside_a_history_paragraph_is_kept(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KIRKUK, April 20 — In 1988 the Anfal campaign destroyed thousands of Kurdish villages. "
        "On Tuesday, a roadside bomb struck an army patrol near Daquq, wounding two soldiers.",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].date == dt.date(2022, 4, 19)


def test_fire_set_by_gunmen_is_still_coded(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "MOSUL, April 20 — Gunmen set fire to a liquor shop on Tuesday, and the fire destroyed the building.",
    )
    assert event.sub_event_type == "Looting/property destruction"
