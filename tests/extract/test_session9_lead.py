"""One person wounded with no number, a force named among the dead, bombings that people "died" in,
and warplanes named by their model. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.fatalities import read_figures

code = Coder(dt.date(2021, 3, 10), "session9-lead")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot a shop owner in Basra on Monday, wounding him.",
        "A mortar round killed a child and wounded her mother in Tuz Khurmatu.",
        "The blast outside the court injured his driver.",
    ],
)
def test_one_person_wounded_with_no_number_is_one_injured(text):
    assert read_figures(text).injured == 1


def test_one_wounded_then_another_is_not_counted_as_one():
    assert read_figures("Gunmen opened fire on the judge, wounding him and his son.").injured is None


def test_a_one_person_wound_reaches_the_event(extractor):
    event = code.one(extractor, "Gunmen shot a shop owner in Basra on Monday, wounding him.")
    assert event.injured == 1
    assert event.fatalities_low is None


@pytest.mark.parametrize(
    "text, victims",
    [
        (
            "Three people, including a policeman, were killed when a bomb exploded near a market in Baquba.",
            "Police Forces of Iraq",
        ),
        (
            "Seven people were killed, among them two soldiers, when a car bomb went off at a checkpoint in Mosul.",
            "Military Forces of Iraq",
        ),
    ],
)
def test_a_force_named_among_the_dead_is_not_the_bomber(extractor, text, victims):
    event = code.one(extractor, text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == victims


@pytest.mark.parametrize(
    "text, dead, injured",
    [
        ("At least 12 people died in a bombing in Kirkuk on Sunday.", 12, None),
        ("Nine people died and 30 were hurt in twin bombings in Kirkuk on Sunday, police said.", 9, 30),
    ],
)
def test_people_who_died_in_a_bombing_were_killed_by_an_explosion(extractor, text, dead, injured):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.fatalities_low, event.injured) == (dead, injured)


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "An Iraqi F-16 bombed an Islamic State hideout near Tuz Khurmatu, killing five militants.",
            "Military Forces of Iraq",
        ),
        ("American F-16s struck a Kataib Hezbollah depot near Qaim.", "Military Forces of the United States"),
        ("Iraqi Su-25s pounded militant positions near Baiji.", "Military Forces of Iraq"),
    ],
)
def test_a_warplane_named_by_its_model_strikes_from_the_air(extractor, text, doer):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == doer


@pytest.mark.parametrize(
    "text, target",
    [
        ("Unknown men threw a grenade at the house of a Sadrist official in Amarah.", "Sadrist Movement"),
        (
            "Gunmen hurled a grenade over the wall of a police checkpoint in Mosul, wounding two officers.",
            "Police Forces of Iraq",
        ),
    ],
)
def test_a_grenade_thrown_is_a_grenade_attack(extractor, text, target):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Grenade"
    assert event.actor2 == target


def test_a_grenade_only_named_is_no_event(extractor):
    assert code(extractor, "Shopkeepers in Amarah say they fear grenades more than power cuts.") == []


@pytest.mark.parametrize(
    "text, force",
    [
        (
            "Gunmen attacked a checkpoint manned by the 30th Brigade of the PMF near Bartella, killing two.",
            "Shabak Brigade",
        ),
        (
            "Militants attacked a convoy of the Popular Mobilisation Forces near Baiji.",
            "Popular Mobilization Forces",
        ),
        ("Gunmen attacked a checkpoint in Tarmiyah, killing two policemen.", "Police Forces of Iraq"),
    ],
)
def test_an_attack_on_a_forces_post_or_men_is_a_clash(extractor, text, force):
    event = code.one(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == force


def test_an_attack_that_kills_guests_stays_an_attack_on_civilians(extractor):
    event = code.one(
        extractor, "Gunmen attacked a wedding party in Tarmiyah, killing two guests, police said."
    )
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Civilians (Iraq)"


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen looted shops in Tikrit.",
        "Armed men stopped a bus near Tarmiyah and abducted six passengers.",
    ],
)
def test_militiamen_or_armed_men_with_no_group_named_are_an_unidentified_group(extractor, text):
    assert code.one(extractor, text).actor1 == "Unidentified Armed Group (Iraq)"


def test_shia_militiamen_stay_the_pmf(extractor):
    event = code.one(extractor, "Shia militiamen clashed with Islamic State fighters near Samarra.")
    assert event.actor1 == "Popular Mobilization Forces"


def test_a_force_told_leaving_in_a_clause_that_dates_the_event_takes_no_part(extractor):
    event = code.one(extractor, "Militiamen looted shops in Tikrit after the army withdrew.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


def test_worshippers_leaving_prayers_are_still_the_victims(extractor):
    event = code.one(
        extractor, "A car bomb exploded outside a mosque in Hillah as worshippers left prayers, killing 20."
    )
    assert event.actor2 == "Civilians (Iraq)"


def test_a_nation_named_in_the_weapon_after_by_flies_it(extractor):
    event = code.one(extractor, "Three PKK fighters were killed by Turkish drone strikes near Amadiya.")
    assert (event.actor1, event.actor2) == ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")
