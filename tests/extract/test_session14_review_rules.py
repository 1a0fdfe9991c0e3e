"""Session 14 review: rules for stories with no event narrowed where they dropped real events. A
series of bombings, a habit told after a dated deed, a gunfight over election results, bombings that
"together killed" their own toll, police "expecting" protests, a bombing during a commemoration, an
operation launched, and the kin of the missing who protest are all still coded. Sentences written for
tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2024, 5, 2), "session14-review-rules")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # 1. "series" and "episode" are a work only with a word of the screen or the page
        (
            "No fewer than 25 people died in a series of car bombings across Baghdad on Tuesday, police said.",
            "Remote explosive/landmine/IED",
        ),
        ("In a series of raids on Tuesday, the army detained 14 Islamic State suspects in Anbar.", "Arrests"),
        (
            "In a series of night-time air strikes, Turkish warplanes pounded PKK hideouts in the Qandil mountains on Tuesday.",
            "Air/drone strike",
        ),
        (
            "Nine people died in the latest episode of sectarian bloodshed when gunmen attacked a minibus in Diyala on Tuesday.",
            "Attack",
        ),
        # 2. a habit told as a comment after a deed of a named day leaves the deed told
        (
            "Gunmen shot dead the activist Karim Jaafar in Basra on Tuesday, one of scores of activists who have been "
            "killed in the years since the 2019 uprising.",
            "Attack",
        ),
        (
            "A roadside bomb killed two shepherds near Tuz Khurmatu on Tuesday, a sign that the explosives left by the war "
            "still kills.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A car bomb killed ten people in Sadr City on Tuesday, in a district where bombings have become part of daily life.",
            "Remote explosive/landmine/IED",
        ),
        # 3. a fight with guns or dead is no metaphor
        (
            "Backers of rival candidates exchanged fire over the results in Kirkuk on Tuesday, killing two people.",
            "Armed clash",
        ),
        (
            "Tribesmen came under fire from rivals in a row over farmland near Amarah on Tuesday, and three of them were killed.",
            "Armed clash",
        ),
        ("Gunmen launched an assault on the court in Tikrit on Tuesday, killing two guards.", "Armed clash"),
        # 5. a participle of what the police awaited is why they acted, not what is told
        (
            "Police expecting fresh protests fired tear gas at demonstrators gathered in Tahrir Square on Friday.",
            "Protest with intervention",
        ),
        # 6. a clause after the day of the story tells that day
        (
            "Pilgrims commemorating the death of Imam Kadhim walked through Baghdad on Wednesday, during which a suicide "
            "bomber blew himself up, killing 18 people.",
            "Suicide bomb",
        ),
        # 8. the kin's own protest
        (
            "Families of the missing demonstrated outside the governorate building in Basra on Tuesday.",
            "Peaceful protest",
        ),
    ],
)
def test_still_coded(extractor: RuleExtractor, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e.sub_event_type for e in code(extractor, text)]


def test_guards_under_fire_from_gunmen_among_activists_is_a_fight(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Guards came under heavy fire from gunmen among the activists outside the KDP office in Sulaimaniyah on Tuesday.",
    )
    assert [e.event_type for e in events] == ["Battles"]


def test_bombings_that_together_killed_keep_their_toll(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Three bombings hit markets in Baghdad on Tuesday, which together killed 45 people, police said.",
    )
    # the day's-sum test no longer drops the bombings (their toll is left to the resolver)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_an_operation_launched_is_begun(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Iraqi troops launched an operation to retake the town of Qaim on Tuesday, a move officers said would open "
        "the border crossing.",
    )
    assert [e.event_type for e in events] == ["Battles"]
