"""Where events happened (twelfth session): a broadcast placed by its presenter's lead-in, the town
or quarter the sentence before named and this one refers back to ("stormed the town", "the district's
streets", "the zone"), a crowd of graduates told back at a square, a crowd driven from a square,
one protest per town and day at its square, and where victims fled. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2019, 6, 20), "session12-event-places")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, town, governorate",
    [
        (
            "ANCHOR: Good morning. We begin in Tuz Khurmatu, the mixed town on the Kirkuk road. Our reporter "
            "has spent the night there.\nREPORTER: Thanks. A car packed with explosives went off outside a "
            "bakery here on Wednesday, killing nine people.",
            "Tuz Khurmatu",
            "Salah al-Din",
        ),
        (
            "PRESENTER: Our top story tonight: a raid on an army post in the Tarmiyah area, north of the capital. "
            "Over to our reporter.\nREPORTER: Yes. Militants attacked the post on Wednesday night and killed "
            "three soldiers.",
            "Tarmiyah",
            "Baghdad",
        ),
    ],
)
def test_a_presenters_lead_in_places_the_story(
    extractor: RuleExtractor, text: str, town: str, governorate: str
) -> None:
    event = code.one(extractor, text)
    assert (event.location, event.admin1) == (town, governorate)


def test_a_town_stormed_after_it_was_named(extractor: RuleExtractor) -> None:
    text = (
        "Bad news tonight from Tal Afar. Islamic State fighters stormed the town on Monday and drove the "
        "police out of their stations."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert (event.location, event.admin1) == ("Tal Afar", "Nineveh")


def test_the_district_named_by_its_kind_in_the_next_sentence(extractor: RuleExtractor) -> None:
    text = (
        "Wednesday, and Kadhimiya was full of armed men. Hundreds of fighters of a newly formed brigade "
        "paraded through the district's market streets with rifles and rocket launchers."
    )
    event = code.one(extractor, text)
    assert (event.location, event.admin1) == ("Kadhimiya", "Baghdad")


def test_the_zone_after_the_green_zone_even_in_a_story_told_in_two_governorates(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Najaf, Monday: Sadr said he was quitting politics. Crowds of his supporters broke into the Green "
        "Zone in the afternoon. By evening, gunmen were trading fire with the soldiers guarding the zone, "
        "and 12 people were killed."
    )
    fight = next(e for e in code(extractor, text) if e.sub_event_type == "Armed clash")
    assert (fight.location, fight.admin1, fight.fatalities) == ("Green Zone", "Baghdad", 12)


def test_graduates_back_at_a_square_met_by_police(extractor: RuleExtractor) -> None:
    text = (
        "Graduates again at Tahrir Square this afternoon, perhaps 200, holding placards about jobs. Riot "
        "police moved in with tear gas and water cannon and pushed them back towards the river."
    )
    event = code.one(extractor, text)
    assert event.event_type == "Protests"
    assert event.location == "Tahrir Square"


def test_protesters_driven_from_a_square_in_a_city_told_before(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, June 15 — Security forces moved against protest sit-ins in Baghdad on Saturday. In Baghdad, "
        "police fired tear gas and live rounds and forced the protesters back from Khilani Square, killing one "
        "of them, medics said."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.location == "Khilani Square"


def test_where_victims_fled_is_no_place_of_the_deed(extractor: RuleExtractor) -> None:
    text = (
        "BAQUBAH, June 20 — Gunmen shot dead six farmers in a village near Khalis on Tuesday. On Wednesday, "
        "armed men burned houses in a nearby hamlet, and dozens of families fled to Baqubah."
    )
    events = code(extractor, text)
    assert [e.location for e in events] == ["Khalis", "Khalis"]


def test_a_shrine_written_as_the_shrine_of_a_name(extractor: RuleExtractor) -> None:
    text = "KARBALA - A roadside bomb went off outside the shrine of Imam Husayn on Friday evening, killing four pilgrims."
    event = code.one(extractor, text)
    assert (event.location, event.admin1) == ("Imam Husayn Shrine", "Karbala")


def test_the_shrine_of_the_line_before_outranks_the_town_of_the_heading(extractor: RuleExtractor) -> None:
    text = (
        "The shrine city of Samarra: a diary\n"
        "5 May 2014 - Mortar rounds fall inside the al-Askari shrine just after dawn. Nobody is hurt.\n"
        "9 May 2014 - Gunmen come back and blow up the shrine's outer gate, the first damage to the building in years."
    )
    events = code(extractor, text, published=dt.date(2014, 5, 12))
    assert [e.location for e in events] == ["Al-Askari Shrine", "Al-Askari Shrine"]
