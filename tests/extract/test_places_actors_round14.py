"""Places and actors told in fresh wording (fourteenth round): sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.kb import knowledge_base, normalise

code = Coder(dt.date(2021, 5, 10), "round14")  # a Monday
UNKNOWN = "Unidentified Armed Group (Iraq)"


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# -- places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a district of a city is the city quarter of that name
        ("A car bomb blew up near a market in the Sadr City district of Baghdad on Sunday, killing four people.",
         "Sadr City", "Baghdad"),
        ("A car bomb blew up in Baghdad's Sadr City district on Sunday, killing four people.", "Sadr City", "Baghdad"),
        # a possessive address reads the part inside the whole: not Baghdad's Tahrir Square
        ("Gunmen opened fire on a police checkpoint in Baqubah's Tahrir neighbourhood late on Sunday, killing a "
         "police captain.", "Baqubah", "Diyala"),
        ("US jets struck sites in Anbar's Qaim district on Sunday.", "Qaim District", "Anbar"),  # a guard
        # "the capital" is Baghdad
        ("Two Katyusha rockets fell inside the al-Rashid military camp south of the capital on Sunday.",
         "Baghdad", "Baghdad"),
        # where the victim was coming from, where the wounded were taken
        ("Unknown gunmen shot dead a tribal sheikh on the southern outskirts of Kirkuk on Sunday as he drove home "
         "from a funeral in Daquq, police said.", "Kirkuk", "Kirkuk"),
        ("A car bomb killed six people in Tikrit on Sunday, and the wounded were taken to hospital in Samarra.",
         "Tikrit", "Salah al-Din"),
        # where the attackers are based, where the source spoke
        ("Mortar rounds fired by militants based in Jurf al-Sakhar hit a village near Musayyib on Sunday.",
         "Musayyib", "Babil"),
        ("Speaking to reporters in Baghdad, the army spokesman said troops killed five militants near Tuz "
         "Khurmatu on Sunday.", "Tuz Khurmatu", "Salah al-Din"),
        # "o" written for "u"
        ("Islamic State militants attacked an army post near Badoush on Sunday, killing two soldiers.",
         "Badush", "Nineveh"),
    ],
)  # fmt: skip
def test_the_event_is_placed_where_it_happened(
    extractor: RuleExtractor, text: str, location: str, admin1: str
) -> None:
    event = code.one(extractor, text)
    assert (event.location, event.admin1) == (location, admin1)


def test_a_distance_from_a_city_keeps_the_city_with_coarser_precision(extractor: RuleExtractor) -> None:
    near = code.one(
        extractor,
        "A roadside bomb hit a PMF convoy about 40 kilometres north of Baghdad on Sunday, wounding three fighters.",
    )
    assert (near.location, near.geo_precision) == ("Baghdad", 2)
    inside = code.one(
        extractor, "A roadside bomb hit a PMF convoy in Baghdad on Sunday, wounding three fighters."
    )
    assert inside.geo_precision == 1


def test_the_capital_of_another_place_is_not_baghdad(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Erbil, the capital of the Kurdistan Region, was hit by rockets on Sunday.")
    assert event.location == "Erbil"


def test_spelling_variants_meet() -> None:
    kb = knowledge_base()
    assert normalise("Tuz Khormatu") == normalise("Tuz Khurmatu")
    assert [p.name for p in kb.find_places("Badoush")] == ["Badush"]
    assert kb.find_places("Our") == []  # short words are not folded
    assert kb.find_actor("Reuters", fuzzy=False) is None


# -- actors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the owner of the thing struck is acted upon, however late the event word comes
        ("American B-1 bombers struck sites used by Kataib Hezbollah in Anbar's Qaim district late on Sunday, in "
         "retaliation for a drone attack that killed three US soldiers.",
         "Military Forces of the United States", "Kataib Hezbollah"),
        # units named by their own names
        ("- Swat teams in Basra arrested four men in the Ashar area on Sunday.", "Police Forces of Iraq", None),
        ("Rapid Response units exchanged fire with wanted gunmen in Qurna on Sunday, killing one of them.",
         "Police Forces of Iraq", UNKNOWN),
        ("Fighters of Brigade 30 exchanged fire with Peshmerga near Bartella on Sunday.", "Shabak Brigade", "Peshmerga"),
        ("The PMF's 30th Brigade clashed with Peshmerga near Bartella on Sunday.", "Shabak Brigade", "Peshmerga"),
        # a party's armed men are its armed wing of the day
        ("Sadrist gunmen and fighters of Asaib Ahl al-Haq fought a gun battle in Basra on Sunday.",
         "Saraya al-Salam", "Asaib Ahl al-Haq"),
        # two sides named as one subject of a fight: the first is actor1
        ("Saraya al-Salam and Asaib Ahl al-Haq clashed in Basra on Sunday.", "Saraya al-Salam", "Asaib Ahl al-Haq"),
        ("Iraqi troops and PMF fighters clashed with Islamic State militants near Tikrit on Sunday.",
         "Military Forces of Iraq", "Islamic State (Iraq)"),
        # the dead told first, their killers after "when"
        ("Five Peshmerga from the Zeravani forces were killed on Sunday when PKK fighters ambushed their unit near "
         "Amadiya.", "PKK: Kurdistan Workers Party", "Peshmerga"),
        # men loyal to a group are the group
        ("Gunmen loyal to Kataib Hezbollah attacked a liquor store in Karrada on Sunday, killing its owner.",
         "Kataib Hezbollah", "Civilians (Iraq)"),
        # a title names its holder's side
        ("A roadside bomb struck the convoy of the governor of Kirkuk on Sunday, wounding two guards.",
         UNKNOWN, "Government of Iraq"),
        # a source with its place is still a source
        ("Police in Kirkuk said a roadside bomb exploded near Hawija on Sunday, wounding two soldiers.",
         UNKNOWN, "Military Forces of Iraq"),
    ],
)  # fmt: skip
def test_the_sides_are_read(extractor: RuleExtractor, text: str, actor1: str, actor2: str | None) -> None:
    event = code.one(extractor, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_the_armed_wing_follows_the_story_date(extractor: RuleExtractor) -> None:
    text = "Sadrist gunmen attacked a police station in Basra on Tuesday."
    assert code.one(extractor, text).actor1 == "Saraya al-Salam"
    assert code(extractor, text, dt.date(2007, 5, 2))[0].actor1 == "Mahdi Army"
