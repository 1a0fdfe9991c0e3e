"""Names written as an address ("A, B, C province") are read as places inside each other."""

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import scan_names
from tigris.ingest import make_document
from tigris.resolve.kb import knowledge_base


def _places(text: str) -> dict[str, list[str | None]]:
    return {h.text: [p.admin1 for p in h.places] for h in scan_names(text, knowledge_base())}


def test_a_neighbourhood_of_mosul_is_not_the_town_of_the_same_name_elsewhere() -> None:
    # Yarmouk and Rifai are known as a Baghdad district and a Dhi Qar town; these are Mosul's.
    for text in (
        "4 March 2017: Yarmouk neighbourhood, West Mosul, Nineveh province, Iraq",
        "An air strike hit the Rifai neighbourhood, Mosul, on Friday",
        "5 March 2017: اليرموك Yarmouk neighbourhood, West Mosul, Nineveh province, Iraq",
    ):
        found = _places(text)
        assert all(v == [] for k, v in found.items() if k.endswith(("Yarmouk", "Rifai", "اليرموك"))), found


def test_a_town_before_its_governorate_keeps_its_reading_inside_it() -> None:
    assert _places("Mortars fell on Fallujah, Anbar, overnight")["Fallujah"] == ["Anbar"]
    assert _places("Fighting in Rifai, Dhi Qar")["Rifai"] == ["Dhi Qar"]


@pytest.mark.parametrize(
    "text",
    [
        "Protests in Basra, Baghdad and Najaf drew thousands",  # a list of cities
        "Militants were killed in Mosul, Anbar and Salah al-Din",  # a city, then governorates
    ],
)
def test_a_list_of_places_is_not_an_address(text: str) -> None:
    found = _places(text)
    assert all(found[name] for name in found if name not in ("Iraq",)), found


def test_an_event_in_an_unknown_neighbourhood_is_placed_in_the_city_the_address_names() -> None:
    doc = make_document(
        "Mosul, March 5 (Tigris Wire) - A coalition air strike on Sunday hit a house in the Yarmouk "
        "neighbourhood, West Mosul, killing eleven civilians, residents said.",
        "test:mosul",
        source="Tigris Wire",
        published=dt.date(2017, 3, 6),
    )
    events = RuleExtractor().extract(doc)
    assert events and {e.admin1 for e in events} == {"Nineveh"}, [(e.location, e.admin1) for e in events]
