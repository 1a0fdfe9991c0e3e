"""Tolls told as a list of the dead (tenth session): a named victim with a counted crowd, a companion,
a total told after the list, others "along with" the named, and posts told after a name. Texts
written for tigris."""

from __future__ import annotations

import pytest

from tigris.resolve.fatalities import read_figures


@pytest.mark.parametrize(
    "text, dead",
    [
        # a named man and a crowd counted with "at least"
        (
            "A car bomb went off outside the shrine in Kadhimiya, killing Sheikh Ali al-Saadi and at least 40 pilgrims.",
            41,
        ),
        # "him and a companion"
        ("A drone hit the car on the road to Sinuni, killing him and a companion.", 2),
        # the list's own total, told after it
        (
            "Rockets struck a farmhouse near Koya, killing the trader Azad Karim, members of his family and a guest "
            "- five people in all - and wounding three.",
            5,
        ),
        # the named and the others "along with" them
        ("The strike killed Abu Ali al-Basri and Hamid al-Jazairi, along with six others.", 8),
        # posts told after names count no one more
        (
            "The raid killed Ahmed Salim, commander of the border brigade, and Karim Hassan, deputy head of the "
            "provincial council.",
            2,
        ),
    ],
)
def test_the_dead_listed_by_name_are_counted_with_those_told_beside_them(text, dead):
    figures = read_figures(text)
    assert (figures.low, figures.high) == (dead, dead)


def test_a_wounding_told_between_the_list_and_a_total_keeps_the_total_out():
    figures = read_figures(
        "Gunmen killed the mukhtar Jasim Ali and wounded his guards, ten people in all, in Baladruz on Monday."
    )
    assert figures.low == 1


@pytest.mark.parametrize(
    "text, dead, injured",
    [
        ("Seven (7) heroes of the Iraqi army were martyred and four (4) others wounded at dawn today.", 7, 4),
        ("Nine members of the Iraqi police were killed when the post was stormed.", 9, None),
    ],
)
def test_a_statement_in_translated_english_gives_its_toll_once(text, dead, injured):
    figures = read_figures(text)
    assert (figures.low, figures.injured) == (dead, injured)


@pytest.mark.parametrize(
    "text, dead, total",
    [
        (
            "Tuesday was the worst day in Mosul this year, when a car bomb killed 23 people near a market.",
            23,
            False,
        ),
        ("More than 300 people have been killed in the province this year, officials said.", None, True),
    ],
)
def test_a_year_told_before_a_new_clause_makes_no_running_total_of_its_toll(text, dead, total):
    figures = read_figures(text)
    assert (figures.low, figures.running_total_ignored) == (dead, total)
