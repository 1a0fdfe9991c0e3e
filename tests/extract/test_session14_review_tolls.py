"""Session 14 review: tolls and running totals. A corrected toll of one event is no statistic; a past year
in a background clause or in the doer's description does not make the event history; a toll told at
another named place, or a killing with a day or a way of dying of its own, is another event; a toll
revised to a new figure takes that figure; a date's year is never a toll. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.resolve.fatalities import read_figures

code = Coder(dt.date(2024, 5, 2), "session14-review-tolls")  # Tuesday = 2024-04-30


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "At least 11 people died in a car bombing in Kadhimiya on Tuesday, down from 17 given earlier, "
            "hospital sources said.",
            11,
        ),
        (
            "A total of 9 people were killed and 25 hurt in the bombing of a bus station in Baghdad on Tuesday, "
            "up from 6 dead given earlier by officials.",
            None,  # "a total of" is left to the toll reader (a figure of its own, not pinned here)
        ),
    ],
)
def test_a_corrected_toll_of_one_bombing_is_no_statistic(extractor, text, dead):
    (event,) = code(extractor, text)
    assert (event.sub_event_type, event.date) == ("Remote explosive/landmine/IED", dt.date(2024, 4, 30))
    if dead is not None:
        assert event.fatalities == dead


def test_a_past_year_in_a_background_clause_is_not_the_events(extractor):
    (event,) = code(
        extractor,
        "Gunmen killed 12 soldiers in an ambush near Tarmiyah, officers said on Tuesday, on the road where "
        "30 troops were killed in 2015.",
    )
    assert (event.sub_event_type, event.date, event.fatalities) == ("Armed clash", dt.date(2024, 4, 30), 12)


def test_a_past_year_describing_the_doers_is_not_the_events(extractor):
    (event,) = code(
        extractor,
        "IS fighters who survived the 2017 campaign raided a hamlet in Diyala on Tuesday, killing two shepherds.",
    )
    assert (event.date, event.admin1, event.fatalities) == (dt.date(2024, 4, 30), "Diyala", 2)


def test_a_toll_at_another_named_place_of_the_province_is_another_event(extractor):
    events = code(
        extractor,
        "US aircraft bombed a Kataib Hezbollah weapons store near al-Qaim in Anbar on Tuesday. In Ramadi, "
        "three policemen were killed in the attack on their post, officials said.",
    )
    assert len(events) == 2
    assert sorted(e.fatalities for e in events) == [0, 3]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "A roadside bomb killed a soldier near Tarmiyah on Monday. On Tuesday a second soldier was shot "
            "dead by a sniper in Tarmiyah.",
            [1, 1],
        ),
        (
            "Gunmen ambushed an army patrol near Baquba on Monday, killing seven soldiers. On Tuesday an eighth "
            "soldier was gunned down outside his house in Baquba.",
            [1, 7],
        ),
    ],
)
def test_an_ordinal_death_with_its_own_day_is_another_event(extractor, text, tolls):
    events = code(extractor, text)
    assert sorted(e.fatalities for e in events) == tolls


def test_a_toll_revised_to_a_new_figure_takes_it(extractor):
    (event,) = code(
        extractor,
        "A car bomb went off in Sadr City on Tuesday. Officials initially put the toll at six but later "
        "revised it to 13.",
    )
    assert event.fatalities == 13


def test_a_dates_year_is_never_a_toll(extractor):
    assert (
        read_figures(
            "Watchdog condemns Basra killings – 3 May 2024\nLawyer shot dead in Basra on Tuesday."
        ).low
        != 2024
    )
    assert read_figures("On 3 May 2024, 5 people were killed").low == 5
