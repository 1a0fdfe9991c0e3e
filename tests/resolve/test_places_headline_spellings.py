"""Place names as news headlines spell them: transliteration variants, halves of a city, small towns."""

import json

import pytest
from typer.testing import CliRunner

from tigris.cli import app
from tigris.extract.names import scan_names
from tigris.resolve.kb import knowledge_base, normalise


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


@pytest.mark.parametrize(
    ("left", "right"),
    [("Qayyarah", "Qayara"), ("Tel Keppe", "Tel Kepe"), ("Tarmiyah", "Tarmiya"), ("Qara Tapa", "Qara Tappa")],
)
def test_doubled_letters_and_a_final_ah_are_folded(left, right):
    assert normalise(left) == normalise(right)


def test_folding_keeps_different_names_apart():
    assert normalise("Hit") != normalise("Hilla")
    assert normalise("Kut") != normalise("Kirkuk")


@pytest.mark.parametrize(
    ("spelling", "place_id", "admin1"),
    [
        ("Qayara", "iq-nineveh-qayyarah", "Nineveh"),
        ("Al-Qayara", "iq-nineveh-qayyarah", "Nineveh"),
        ("Tel Kepe", "iq-nineveh-tel-kaif", "Nineveh"),
        ("Huwaija", "iq-kirkuk-hawija", "Kirkuk"),
        ("Shirkat", "iq-salah-al-din-shirqat", "Salah al-Din"),
        ("West Mosul", "iq-nineveh-west-mosul", "Nineveh"),
        ("East Mosul", "iq-nineveh-east-mosul", "Nineveh"),
        ("Old Mosul", "iq-nineveh-mosul-old-city", "Nineveh"),
        ("Ishaqi", "iq-salah-al-din-ishaqi", "Salah al-Din"),
        ("Badoosh", "iq-nineveh-badush", "Nineveh"),
        ("Zumar", "iq-nineveh-zummar", "Nineveh"),
        ("Khalidiya", "iq-anbar-khalidiya", "Anbar"),
        ("Habbaniya", "iq-anbar-habbaniyah", "Anbar"),
    ],
)
def test_places_cli_puts_the_headline_spelling_first(spelling, place_id, admin1):
    result = CliRunner().invoke(app, ["places", spelling, "--format", "json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)[0]
    assert (first["id"], first["admin1"]) == (place_id, admin1)


def test_each_place_is_listed_once_under_a_name(kb):
    # "Ramadi", "Ar Ramadi" and "Al-Ramadi" fold to one key: the city must not be listed thrice.
    for key, ids in kb.place_aliases().items():
        assert len(ids) == len(set(ids)), (key, ids)


@pytest.mark.parametrize(
    ("headline", "place_id"),
    [
        ("Iraqi troops beat back an attack on Qayara", "iq-nineveh-qayyarah"),
        ("Gunmen kill two farmers near Huwaija", "iq-kirkuk-hawija"),
        ("Roadside bomb hits a convoy outside Shirkat", "iq-salah-al-din-shirqat"),
    ],
)
def test_a_headline_spelling_places_the_attack(kb, headline, place_id):
    hits = scan_names(headline, kb)
    assert [h.places[0].id for h in hits if h.places] == [place_id]


def test_the_west_of_the_city_is_more_precise_than_the_city(kb):
    hits = scan_names("Snipers slow the advance in West Mosul", kb)
    assert [h.places[0].id for h in hits if h.places] == ["iq-nineveh-west-mosul"]
