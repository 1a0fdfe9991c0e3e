"""Violence against civilians told in more ways (thirteenth round): sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify
from tigris.ingest import make_document

CIVILIANS = "Civilians (Iraq)"
UNKNOWN = "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Unknown gunmen murdered a pharmacist in Kirkuk on Monday.", "Attack"),
        ("Masked attackers stabbed a blogger to death in Karbala on Monday.", "Attack"),
        ("Militants slit the throats of two goatherds near Daquq on Tuesday.", "Attack"),
        ("A fruit seller was killed by gunmen near Tuz Khurmatu on Saturday.", "Attack"),
        ("Police found six bodies bearing signs of torture in Dora on Tuesday.", "Attack"),
        ("The corpses of nine men, bound and blindfolded, were dumped in Baladiyat on Monday.", "Attack"),
        ("Gunmen sprayed the car of a council member with bullets in Hilla on Monday.", "Attack"),
        ("Soldiers shot dead two unarmed fishermen near Tarmiyah on Thursday.", "Attack"),
        ("Militiamen tortured detainees at a farm near Jurf al-Sakhar on Monday.", "Attack"),
        ("Gunmen broke into a house in Mahmudiya and killed a family of five.", "Attack"),
        (
            "A teacher went missing after gunmen led him away from his school in Samarra.",
            "Abduction/forced disappearance",
        ),
        ("Masked men dragged them away from a cafe in Amiriya on Friday.", "Abduction/forced disappearance"),
        (
            "Militiamen seized a protester outside his home in Kut on Sunday.",
            "Abduction/forced disappearance",
        ),
        ("The militants enslaved dozens of Yazidi families near Sinjar.", "Abduction/forced disappearance"),
        ("Islamic State fighters held Yazidi women as sex slaves in Tal Afar.", "Sexual violence"),
        ("The militants sold captured girls as slaves in Raqqa markets.", "Sexual violence"),
    ],
)
def test_civilian_wordings(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None, sentence
    assert trigger.event_type == "Violence against civilians"
    assert trigger.sub_event_type == sub


@pytest.mark.parametrize(
    "sentence",
    [
        # ordinary crime and private quarrels stay no event
        "A goldsmith was killed in a robbery at his shop in Karrada on Monday.",
        "Police freed a girl kidnapped for ransom by car thieves in Zayouna.",
        "A man shot his brother-in-law dead in a quarrel over land in Basra on Sunday.",
    ],
)
def test_crime_stays_no_event(sentence: str) -> None:
    doc = make_document(sentence, "test", published=dt.date(2014, 5, 6), external_id="round13")
    assert RuleExtractor().extract(doc) == []


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "A fruit seller was killed by gunmen near Tuz Khurmatu on Saturday.",
        "Unknown gunmen murdered a pharmacist in Kirkuk on Monday.",
    ],
)
def test_passive_doer_is_actor1(extractor: RuleExtractor, text: str) -> None:
    doc = make_document(text, "test", published=dt.date(2014, 5, 6), external_id="round13")
    events = extractor.extract(doc)
    assert len(events) == 1, events
    assert events[0].event_type == "Violence against civilians"
    assert events[0].actor1 == UNKNOWN
    assert events[0].actor2 == CIVILIANS
