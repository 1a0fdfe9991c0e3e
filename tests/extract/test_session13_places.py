"""Places told in other ways (session 13): a wire dateline written with a hyphen, its country or its
agency; a road named by two towns joined by a hyphen; a place told inside another by its kind ("the
village of X in Y district", "the X area west of Y"); "the Sinjar village of Khanasor"; a
city quarter written as a "district"; an event placed by the next sentence that tells it again.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 10, 27), "session13-places")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, town, governorate",
    [
        # a wire dateline is where the story was filed, not a second place of the event
        (
            "BAGHDAD (Reuters) - Islamic State fighters seized the northern town of Tal Afar on Monday, "
            "officials said.",
            "Tal Afar",
            "Nineveh",
        ),
        (
            "BASRA, Iraq - A bomb hidden in a cart killed four shoppers at a market in Nasiriyah on Monday.",
            "Nasiriyah",
            "Dhi Qar",
        ),
        (
            "KIRKUK, Iraq (AP) - Gunmen shot dead two engineers in the city of Tikrit on Monday, police said.",
            "Tikrit",
            "Salah al-Din",
        ),
        # a road named by two towns joined by a hyphen is placed at its first town
        (
            "Gunmen killed three lorry drivers on the Tikrit-Kirkuk highway on Monday, police said.",
            "Tikrit",
            "Salah al-Din",
        ),
        (
            "A roadside bomb struck a Hashd convoy on the Samarra-Baghdad road on Monday, wounding two men.",
            "Samarra",
            "Salah al-Din",
        ),
        # a place told inside another by its kind lies in the other's governorate
        (
            "Militants killed nine villagers in the village of Al-Rashad in Muqdadiya district on Tuesday.",
            "Muqdadiya District",
            "Diyala",
        ),
        (
            "Gunmen shot dead a local councillor in the Riyadh area west of Kirkuk on Tuesday.",
            "Kirkuk",
            "Kirkuk",
        ),
        # "the Sinjar village of Khanasor": the town only says where the village lies
        (
            "A Turkish drone killed two fighters in a car near the Sinjar village of Khanasor on Tuesday.",
            "Khanasor",
            "Nineveh",
        ),
        # a city quarter written as a "district" is the quarter
        (
            "A sticky bomb killed two traders in the Kadhimiya district on Tuesday evening.",
            "Kadhimiya",
            "Baghdad",
        ),
        (
            "Mahdi Army gunmen fought police in the Sadr City district on Tuesday, killing three officers.",
            "Sadr City",
            "Baghdad",
        ),
        # an event with no place, told again by the next sentence with its place
        (
            "US warplanes struck militia sites on Tuesday. The warplanes hit arms depots near Rawa, killing "
            "five fighters.",
            "Rawa",
            "Anbar",
        ),
    ],
)
def test_place_told_in_other_ways(extractor: RuleExtractor, text: str, town: str, governorate: str) -> None:
    event = code.one(extractor, text)
    assert (event.location, event.admin1) == (town, governorate)


@pytest.mark.parametrize(
    "text, places",
    [
        # a side of a place only says the first lies in its country: an Iraqi reading stays
        ("Gunmen killed two men in the Jurf al-Sakhar area south of Baghdad on Tuesday.", {"Jurf al-Sakhar"}),
        # a town of the same governorate told before "village of" with no known village stays
        ("Gunmen killed two farmers in the Sinjar village of Hardan on Tuesday.", {"Sinjar"}),
        # an administrative district with no city quarter of its name stays a district
        ("A bomb killed two soldiers in the Tarmiyah district on Tuesday.", {"Tarmiyah District"}),
        # "Karmah, west of Baghdad" only says where Karmah lies
        ("Gunmen killed two men in Karmah, west of Baghdad, on Tuesday.", {"Karmah"}),
    ],
)
def test_places_kept(extractor: RuleExtractor, text: str, places: set[str]) -> None:
    assert {e.location for e in code(extractor, text)} == places
