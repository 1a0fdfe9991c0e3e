"""Tolls told the way families and hospitals tell them: a list of the dead that opens with "a man",
and deaths added later to an attack already told. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.resolve.fatalities import read_figures

code = Coder(dt.date(2019, 11, 12), "session8-tolls")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Gunmen killed a man, his wife and their two children in their home in Baquba on Sunday.", 4),
        ("A suicide bomber killed a policeman, his brother and three passers-by in Samarra.", 5),
        ("Masked men killed a shepherd and his two sons near Tuz Khurmatu.", 3),
    ],
)
def test_a_list_of_the_dead_opening_with_one_person_counts_them_all(text, dead):
    figures = read_figures(text)
    assert (figures.low, figures.high) == (dead, dead)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a farmer in Baquba on Sunday.",
        "Gunmen killed a man and wounded his wife in Baquba on Sunday.",
    ],
)
def test_one_person_killed_stays_one(text):
    assert read_figures(text).low == 1


@pytest.mark.parametrize(
    "later, dead",
    [
        ("Two more died of their wounds in hospital on Tuesday.", 5),
        ("Two of the wounded later died in hospital.", 5),
        ("One of the injured died overnight.", 4),
    ],
)
def test_deaths_told_later_add_to_the_attack_already_told(extractor, later, dead):
    text = f"A roadside bomb killed three soldiers near Tarmiyah on Monday. {later}"
    event = code.one(extractor, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.date == dt.date(2019, 11, 11)  # the day of the blast, not of the later deaths
    assert (event.fatalities_low, event.fatalities_high) == (dead, dead)


def test_a_death_among_the_wounded_gives_a_toll_to_an_attack_that_had_none(extractor):
    text = (
        "A roadside bomb wounded four soldiers near Tarmiyah on Monday. One of the wounded died on Tuesday."
    )
    event = code.one(extractor, text)
    assert event.fatalities_low == 1 and event.injured == 4


def test_more_dead_in_a_second_clash_are_a_second_event(extractor):
    text = (
        "Six Turkish soldiers were killed on Friday when PKK fighters attacked a base in Duhok province. "
        "Six more soldiers died on Saturday in a second clash with PKK fighters in the same area."
    )
    events = code(extractor, text)
    assert len(events) == 2
    assert [e.fatalities_low for e in events] == [6, 6]


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Gunmen on a motorcycle shot dead activist Safaa Kareem outside his home in Karbala.", 1),
        ("Gunmen assassinated lawyer Ali Hassan in Amara.", 1),
        ("Gunmen gunned down lawyer Ali Hassan and his brother in Amara.", 2),
    ],
)
def test_the_dead_named_after_shot_dead_or_assassinated_are_counted(text, dead):
    assert read_figures(text).low == dead


def test_one_of_after_a_name_describes_the_dead_man():
    text = (
        "Gunmen on motorcycles shot dead Safaa Kareem, one of the best-known writers on the armed groups, "
        "outside his home in Baghdad on Monday."
    )
    assert read_figures(text).low == 1


@pytest.mark.parametrize(
    "text, dead",
    [
        (
            "A sticky bomb exploded under a car in Mansour on Monday, killing the driver, a ministry employee.",
            1,
        ),
        ("A roadside bomb killed the driver and his son near Tarmiyah.", 2),
    ],
)
def test_a_person_told_by_their_role_is_counted(text, dead):
    assert read_figures(text).low == dead
