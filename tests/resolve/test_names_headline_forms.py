"""Place and actor names as wire headlines write them: address forms, glued attributions, channel
names, author compounds ("IS-claimed"), and the name forms of the forces in Iraq's wars."""

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import scan_names
from tigris.ingest import make_document
from tigris.resolve.kb import knowledge_base


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _places(text: str) -> dict[str, list[str | None]]:
    return {h.text: [p.admin1 for p in h.places] for h in scan_names(text, knowledge_base())}


def _actors(text: str) -> list[str]:
    return [h.actor.id for h in scan_names(text, knowledge_base()) if h.actor is not None]


# Address forms -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Mansour, Amil and Thawra are also Baghdad quarters; in these addresses they are Mosul's.
        ("12 March 2017: air strike on the Mansour neighbourhood of West Mosul, Nineveh province", "Mansour"),
        ("A shell fell on Mansour neighborhood, Right side of Mosul, on Saturday", "Mansour"),
        ("Coalition strike reported in Mansour neigbourhood, West Mosul, Nineveh province", "Mansour"),
        ("Civilians killed in Amil (Worker) neighbourhood, West of Mosul, Nineveh province", "Amil"),
        (
            "Families trapped in Al-Thawra (Revolution) neighbourhood, Old Mosul, Nineveh province",
            "Al-Thawra",
        ),
    ],
)
def test_a_quarter_of_mosul_written_as_an_address_is_not_the_baghdad_quarter(text: str, name: str) -> None:
    found = _places(text)
    assert [v for k, v in found.items() if k.endswith(name)] == [[]], found
    assert "Baghdad" not in {a for admin1s in found.values() for a in admin1s}, found


def test_a_quarter_said_to_be_of_its_own_city_keeps_its_reading() -> None:
    assert _places("Car bomb in the Mansour district of Baghdad kills four")["the Mansour"] == ["Baghdad"]
    assert _places("Mortar rounds hit Mansour neighbourhood, West Baghdad")["Mansour"] == ["Baghdad"]


def test_a_town_west_of_a_city_is_not_forced_into_the_citys_governorate() -> None:
    # Karmah lies in Anbar, west of Baghdad: "X, west of Y" says where X is, not that X is in Y.
    assert _places("Clashes in Karmah, west of Baghdad, left six dead")["Karmah"] == ["Anbar"]


# Names glued to a wire attribution, channels, compounds ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Air strikes kill 22 militants near Kirkuk-website", "Kirkuk", "Kirkuk"),
        ("Car bomb kills six in Ramadi-police", "Ramadi", "Anbar"),
        ("Two roadside bombs hit a patrol in Tikrit-sources", "Tikrit", "Salah al-Din"),
    ],
)
def test_a_place_glued_to_the_source_of_a_headline_is_still_read(text: str, name: str, admin1: str) -> None:
    assert admin1 in _places(text)[name]


def test_a_channel_named_after_a_place_is_not_the_place() -> None:
    assert _places("Programme summary of Iranian Al-Alam TV news 1500 gmt") == {}
    assert _places("Summary of Baghdad Satellite TV evening news") == {}
    # a building of a station stays in its town
    assert _places("Gunmen stormed the Mosul TV station at dawn")["the Mosul"] == ["Nineveh"]


def test_a_group_that_claimed_or_planted_the_bomb_is_named_inside_the_compound() -> None:
    assert _actors("IS-claimed car bomb kills five in Baghdad") == ["islamic-state"]
    assert _actors("Three policemen killed by ISIS-planted bombs east of Mosul") == ["islamic-state"]
    # a town the group holds, or a force against it, does not name the group as a party
    assert "islamic-state" not in _actors("Car bombs kill 23 in former IS-held town near Mosul")
    assert "islamic-state" not in _actors("Gunmen kill two anti-IS tribal fighters in Hawija")


# Spelling variants ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        ("Makhmoor", "iq-erbil-makhmur"),
        ("Amarli", "iq-salah-al-din-amerli"),
        ("Mahalabiya", "iq-nineveh-muhallabiya"),
        ("Kabaisa", "iq-anbar-kubaisa"),
        ("Al-Qaem", "iq-anbar-al-qaim"),
        ("Hasayba", "iq-anbar-al-qaim"),
    ],
)
def test_headline_spellings_of_towns(kb, spelling: str, place_id: str) -> None:
    assert kb.find_place(spelling, fuzzy=False).id == place_id


def test_a_town_named_before_the_city_that_reports_it_keeps_its_own_governorate() -> None:
    # Makhmour is in Erbil governorate although the report files it under Mosul and Nineveh.
    assert _places("17 February 2015: Makhmoor, Mosul, Nineveh province, Iraq")["Makhmoor"] == ["Erbil"]


# Forces by the names headlines give them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "acled_name"),
    [
        ("Iraqi security personnel", "Military Forces of Iraq"),
        ("Iraq security personnel", "Military Forces of Iraq"),
        ("Iraqi joint forces", "Military Forces of Iraq"),
        ("Iraqi commanders", "Military Forces of Iraq"),
        ("Iraqi drone", "Military Forces of Iraq"),
        ("Iraqi aircraft", "Military Forces of Iraq"),
        ("Iraq SWAT forces", "Police Forces of Iraq"),
        ("Peshmergas", "Peshmerga"),
        ("Iraqi Kurdish forces", "Peshmerga"),
        ("Iraqi Kurdish fighters", "Peshmerga"),
        ("Kurdish troops", "Peshmerga"),
        ("Turkish General Staff", "Military Forces of Turkey"),
        ("US Marines", "Military Forces of the United States"),
        ("US-led forces", "Global Coalition Against Daesh"),
    ],
)
def test_force_name_forms(kb, name: str, acled_name: str) -> None:
    actor = kb.find_actor(name, fuzzy=False)
    assert actor is not None and actor.acled_name == acled_name


def test_kurdish_fighters_alone_are_not_read_as_the_peshmerga(kb) -> None:
    # PKK and YPG fighters are "Kurdish fighters" too; only the Iraqi forms name the Peshmerga.
    assert kb.find_actor("Kurdish fighters", fuzzy=False) is None


def _events(text: str, day: dt.date):
    doc = make_document(text, "test:headline", source="Tigris Wire", published=day)
    return RuleExtractor().extract(doc)


def test_security_personnel_killed_are_the_iraqi_forces_not_civilians() -> None:
    events = _events(
        "Militants executed 15 Iraqi security personnel in Kirkuk on Tuesday, police said.",
        dt.date(2014, 6, 18),
    )
    assert events
    assert events[0].actor2 == "Military Forces of Iraq", [(e.actor1, e.actor2) for e in events]


def test_an_is_claimed_bombing_is_coded_to_islamic_state() -> None:
    events = _events(
        "An IS-claimed car bomb killed five people in Baghdad's Shaab district on Sunday.",
        dt.date(2016, 5, 2),
    )
    assert events and events[0].actor1 == "Islamic State (Iraq)", [(e.actor1, e.actor2) for e in events]
