"""Place names that conflict headlines and strike logs use and the gazetteer missed (session 10).

Transliteration variants of towns and governorates already listed (Tooz for Tuz Khurmatu, Jalaula
for Jalawla, Senyah for Siniya, "Salah-hudin" for the governorate), the western quarters of Mosul
where the 2017 battle was fought street by street, and the phosphate town of Akashat in western
Anbar. Each test names the place the way a report would and checks the governorate and district.
"""

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import scan_names
from tigris.ingest import make_document
from tigris.resolve.kb import knowledge_base


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _readings(text: str) -> dict[str, list[str]]:
    return {h.text: [p.id for p in h.places] for h in scan_names(text, knowledge_base())}


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        ("Senyah", "iq-salah-al-din-siniya"),
        ("Salah-hudin", "iq-salah-al-din"),
        ("Ameriat al-Fallujah", "iq-anbar-amiriyat-al-fallujah"),
        ("Huseiba", "iq-anbar-al-qaim"),
        ("Tooz", "iq-salah-al-din-tuz-khurmatu"),
        ("Touz", "iq-salah-al-din-tuz-khurmatu"),
        ("Jalaula", "iq-diyala-jalawla"),
        ("Bashika", "iq-nineveh-bashiqa"),
        ("Telkaif", "iq-nineveh-tel-kaif"),
        ("Huweija", "iq-kirkuk-hawija"),
        ("Takrit", "iq-salah-al-din-tikrit"),
        ("Ninevah", "iq-nineveh"),
        ("Dyala", "iq-diyala"),
        ("Guwayr", "iq-erbil-gwer"),
        ("Udaim", "iq-diyala-udhaim"),
        ("Namrud", "iq-nineveh-nimrud"),
        ("Madaen", "iq-baghdad-salman-pak"),
    ],
)
def test_a_transliteration_variant_finds_the_listed_place(kb, spelling, place_id):
    found = kb.find_places(spelling)
    assert found and found[0].id == place_id, [p.id for p in found]


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        ("Zanjili", "iq-nineveh-mosul-zanjili"),
        ("al-Zanjili", "iq-nineveh-mosul-zanjili"),
        ("Al-Shifa", "iq-nineveh-mosul-shifa"),
        ("Shifaa", "iq-nineveh-mosul-shifa"),
        ("Islah al-Zirai", "iq-nineveh-mosul-islah-al-zirai"),
        ("Tanak", "iq-nineveh-mosul-tanak"),
        ("Msherfa", "iq-nineveh-mosul-mushairfa"),
        ("Al-Jawsaq", "iq-nineveh-mosul-jawsaq"),
        ("Dawassa", "iq-nineveh-mosul-dawasa"),
    ],
)
def test_the_western_quarters_of_mosul_are_quarters_of_the_city(kb, spelling, place_id):
    found = kb.find_places(spelling)
    assert found and found[0].id == place_id, [p.id for p in found]
    quarter = found[0]
    assert (quarter.kind, quarter.admin1, quarter.admin2) == ("neighbourhood", "Nineveh", "Mosul")


def test_akashat_is_a_town_of_rutba_district_in_anbar(kb):
    town = kb.find_places("Akashat")[0]
    assert (town.id, town.admin1, town.admin2) == ("iq-anbar-akashat", "Anbar", "Rutba")


def test_a_strike_log_line_with_an_unusual_spelling_reads_both_names() -> None:
    # A dated log line: a village, then its governorate in a spelling with a hyphen inside it.
    found = _readings(
        "Log entry for 3 May: a strike on a house in Senyah, Salah-hudin province, north of Baiji"
    )
    assert found["Senyah"] == ["iq-salah-al-din-siniya"], found
    assert found["Salah-hudin"] == ["iq-salah-al-din"], found


def test_a_quarter_named_as_a_part_of_west_mosul_stays_in_mosul() -> None:
    found = _readings("Troops pushed into the Zanjili neighbourhood, West Mosul, after a week of sniper fire")
    assert found["the Zanjili"] == ["iq-nineveh-mosul-zanjili"], found


def test_an_attack_in_tooz_is_coded_to_salah_al_din() -> None:
    doc = make_document(
        "Tooz, Nov 2 (Tigris Wire) - A roadside bomb struck a police patrol in Tooz on Monday, "
        "killing two policemen, a local official said.",
        "test:tooz",
        source="Tigris Wire",
        published=dt.date(2020, 11, 3),
    )
    events = RuleExtractor().extract(doc)
    assert events and {e.admin1 for e in events} == {"Salah al-Din"}, [(e.location, e.admin1) for e in events]


def test_a_mosul_quarter_places_the_event_in_the_quarter() -> None:
    doc = make_document(
        "Mosul, June 20 (Tigris Wire) - Islamic State snipers killed three soldiers in the Shifa "
        "quarter of Mosul on Tuesday, an army officer said.",
        "test:shifa",
        source="Tigris Wire",
        published=dt.date(2017, 6, 21),
    )
    events = RuleExtractor().extract(doc)
    assert events, events
    assert {(e.location, e.admin1) for e in events} == {("Shifa", "Nineveh")}, [
        (e.location, e.admin1) for e in events
    ]


def test_an_old_city_quarter_in_arabic_and_latin_is_not_a_town_in_erbil() -> None:
    # The Arabic word for a pool was an alternate name of Baharka near Erbil; the Old City quarter
    # written with it is the Mosul quarter, in either script.
    found = _readings("(I999) دكة بركة Dachat Barga, Old Mosul, Nineveh province, Iraq")
    assert found["دكة بركة"] == ["iq-nineveh-mosul-dakkat-barka"], found
    assert found["Dachat Barga"] == ["iq-nineveh-mosul-dakkat-barka"], found
    assert "iq-erbil-baharka" not in {p for ids in found.values() for p in ids}, found


def test_baharka_keeps_its_own_arabic_name(kb) -> None:
    assert [p.id for p in kb.find_places("بحركة")] == ["iq-erbil-baharka"]
    assert kb.find_places("بركة") == []
