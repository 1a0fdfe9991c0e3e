"""Sites inside cities and names that need a look past an article (issue 4), on our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.extract.names import scan_names
from tigris.ingest import make_document
from tigris.resolve.kb import KnowledgeBase, knowledge_base
from tigris.types import Event


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return knowledge_base()


def code(extractor: RuleExtractor, text: str) -> list[Event]:
    return extractor.extract(make_document(text, "test", published=dt.date(2022, 3, 2), external_id="kb"))


def test_a_site_named_with_a_lower_case_al_is_still_a_place(extractor: RuleExtractor) -> None:
    (event,) = code(extractor, "A bomb went off inside the al-Askari Shrine in Samarra on Monday.")
    assert (event.location, event.admin1) == ("Al-Askari Shrine", "Salah al-Din")


def test_the_embassy_after_a_locative_word_is_the_place(extractor: RuleExtractor) -> None:
    (event,) = code(extractor, "A rocket fell near the United States Embassy in Baghdad on Monday.")
    assert (event.location, event.admin1) == ("United States Embassy in Baghdad", "Baghdad")
    assert event.actor2 is None


def test_the_embassy_as_a_speaker_is_still_an_actor(kb: KnowledgeBase) -> None:
    (hit,) = [h for h in scan_names("The US embassy condemned the attack.", kb) if h.actor]
    assert hit.actor is not None and hit.actor.id == "us-embassy-baghdad"


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone struck Erbil International Airport on Monday.",
        "Rockets hit near Erbil airport on Monday.",
        "Two drones struck Erbil Air Base on Monday.",
    ],
)
def test_the_base_at_a_citys_airport_is_coded_to_the_city(extractor: RuleExtractor, sentence: str) -> None:
    (event,) = code(extractor, sentence)
    assert (event.location, event.admin1) == ("Erbil", "Erbil")


def test_a_standalone_base_keeps_its_own_location(extractor: RuleExtractor) -> None:
    (event,) = code(extractor, "Rockets struck Ain al-Asad Air Base on Monday.")
    assert event.location == "Ain al-Asad Air Base"


def test_the_sadrist_bloc_is_the_sadrist_movement(kb: KnowledgeBase) -> None:
    actor = kb.find_actor("Sadrist bloc", fuzzy=False)
    assert actor is not None and actor.acled_name == "Sadrist Movement"
