"""Errors the ninth session's review found in the code both before and after its rules: a killing
told with the wounded before "in an armed attack", tolls of owners, judges and suspects, killings
told as assassinations, "last year", and bombs and drones told in the passive. Texts written for
tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.dates import find_dates
from tigris.resolve.fatalities import read_figures

code = Coder(dt.date(2021, 3, 10), "session9-common")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, dead, injured",
    [
        (
            "A policeman was killed and two others wounded in an armed attack on a checkpoint near Rutba.",
            1,
            2,
        ),
        ("A farmer was killed and his son wounded in an armed attack near Mashahda late on Friday.", 1, 1),
    ],
)
def test_a_killing_told_with_the_wounded_before_an_armed_attack_is_coded(extractor, text, dead, injured):
    event = code.one(extractor, text)
    assert (event.fatalities_low, event.injured) == (dead, injured)


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Unknown gunmen assassinated a prominent activist in Amarah.", 1),
        ("Gunmen assassinated two judges on the road to Kut.", 2),
        ("Five traders and two shoppers were killed when a device went off in the market.", 7),
        ("Two suspected militants were killed and a soldier wounded in a clash near Tarmiyah.", 2),
    ],
)
def test_tolls_of_assassinations_traders_judges_and_suspects_are_counted(text, dead):
    assert read_figures(text).low == dead


def test_a_shop_owner_wounded_is_one_injured():
    assert read_figures("A shop owner was wounded in an armed attack on his shop in Basra.").injured == 1


def test_last_year_alone_dates_the_year_before_the_story():
    (found,) = find_dates(
        "A family was killed in an air strike near Sinjar last year.", dt.date(2021, 3, 10), None
    )
    assert (found.date, found.precision) == (dt.date(2020, 1, 1), "year")


def test_an_event_told_only_as_last_years_is_background(extractor):
    assert (
        code(extractor, "Five members of a family were killed in an air strike near Sinjar last year.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Lebanese engineer kidnapped in Basra last year was freed on Sunday.",
        "Gunmen killed a doctor who had led marches during last year's protests in Basra on Wednesday.",
    ],
)
def test_last_year_beside_the_events_own_day_or_as_a_possessive_does_not_date_it(extractor, text):
    (event,) = code(extractor, text)
    assert event.date is not None and event.date.year == 2021


@pytest.mark.parametrize(
    "text, sub",
    [
        (
            "Iraqi army soldiers were wounded by an Islamic State bomb near Mutaibija.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A drone packed with explosives targeted the home of the prime minister in Baghdad, wounding six guards.",
            "Air/drone strike",
        ),
    ],
)
def test_bombs_and_drones_told_in_the_passive_or_with_their_load_are_coded(extractor, text, sub):
    assert code.one(extractor, text).sub_event_type == sub
