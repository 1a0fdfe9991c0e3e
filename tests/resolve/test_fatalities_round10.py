"""Tolls of the tenth round (issue 3): subsets, how badly, group names and named pairs.

Every sentence here was written for these tests; none is taken from the gold sets.
"""

from __future__ import annotations

import pytest

from tigris.resolve.fatalities import read_figures


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Four members of the Iraqi Air Force, two of them officers, were wounded in the blast.", 4),
        ("Six pilgrims, three of whom were women, were injured when the mortar round landed.", 6),
        ("Two more children were badly hurt.", 2),
        ("Three soldiers were seriously injured near Tarmiyah.", 3),
        ("Five policemen were lightly wounded.", 5),
    ],
)
def test_a_subset_clause_or_an_adverb_does_not_change_the_injured(text: str, injured: int) -> None:
    figures = read_figures(text)
    assert figures.injured == injured
    assert figures.low is None


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Five Peshmerga died in the attack on their post.", 5),
        ("Three Peshmerga fighters were killed near Makhmour.", 3),
        ("Eight Kataib Hezbollah fighters were killed in the strike.", 8),
        ("Iraqi air strikes kill 12 Islamic State militants in Anbar", 12),
        ("Seven people, three of them women, were killed in the blast.", 7),
        ("A militia fighter died in the strike.", 1),
    ],
)
def test_a_group_named_before_or_as_its_people_is_counted(text: str, dead: int) -> None:
    assert read_figures(text).low == dead


@pytest.mark.parametrize(
    "text",
    [
        "The reporter Karim Saad Hadi and his cameraman Ali Jabbar were shot dead in Amarah.",
        "Hassan Ali Kadhim, a local trader, and his driver were killed near Tikrit.",
        "Hussein Abbas and Mahdi Karim were gunned down outside their office on Monday.",
    ],
)
def test_two_people_named_as_one_subject_of_a_killing_are_two_dead(text: str) -> None:
    figures = read_figures(text)
    assert (figures.low, figures.high) == (2, 2)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi Army and Federal Police were deployed in Basra.",
        "Kataib Hezbollah and Asaib Ahl al-Haq were blamed for the rockets.",
    ],
)
def test_two_names_without_a_killing_give_no_toll(text: str) -> None:
    assert read_figures(text).low is None


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militants shot dead more than 30 men of the village on Tuesday.", 30),
        ("Police said the militants executed 12 prisoners near the river.", 12),
        ("Gunmen gunned down two guards outside the bank.", 2),
        ("Gunmen on a motorbike shot her dead outside her shop.", 1),
        ("Two gunmen shot him dead at a checkpoint.", 1),
    ],
)
def test_verbs_that_kill_count_their_dead_like_killed(text: str, dead: int) -> None:
    figures = read_figures(text)
    assert (figures.low, figures.high) == (dead, dead)
