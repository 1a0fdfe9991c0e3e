"""Tolls of the fifteenth round: listed groups, one victim with no number, other words for the dead,
tolls told in a headline or on a later day. Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document
from tigris.resolve.fatalities import merge_figures, read_figures
from tigris.types import Event


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _events(extractor: RuleExtractor, text: str, published: dt.date, title: str | None = None) -> list[Event]:
    document = make_document(text, "test", title=title, published=published, external_id="tolls15")
    return extractor.extract(document)


# the dead read from one sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The ministry said four soldiers, two policemen and a civilian driver were killed.", 7),
        ("Two women and three children were killed when the shell hit their home.", 5),
        ("One soldier and two police officers died in the ambush.", 3),
    ],
)
def test_groups_listed_before_the_verb_are_summed(text: str, dead: int) -> None:
    assert (read_figures(text).low, read_figures(text).high) == (dead, dead)


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded and two soldiers were killed.",
        "Dozens of people were wounded and two were killed in the blast.",
    ],
)
def test_what_is_no_group_of_people_is_not_summed(text: str) -> None:
    assert read_figures(text).low == 2


@pytest.mark.parametrize(
    "text",
    [
        "Karim Hadi Jasim, a lawyer who defended detained protesters, was shot dead outside his office.",
        "Salim Abbas Khudair, who ran a bookshop in Amarah, was killed by two men on a motorbike.",
        "A Danish trainer attached to the coalition was killed on Monday near Taji.",
        "- 4 May: an army captain was killed by a sniper near Tarmiyah.",
        "A Kurdish border guard died of his wounds on Wednesday.",
        "Turkish soldier killed near Duhok",
        "Journalist gunned down near his home in Amarah",
    ],
)
def test_one_victim_told_with_no_number_is_one_dead(text: str) -> None:
    assert (read_figures(text).low, read_figures(text).high) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters killed in Basra",
        "No one was killed, the police said.",
        "A year after the activist was killed, his friends still march.",
        "Not a single soldier was killed in the raid.",
    ],
)
def test_plurals_negations_and_background_give_no_single_death(text: str) -> None:
    assert (read_figures(text).low or 0) == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Brigadier General Nabil Karim, and 11 of his officers were killed when the house blew up.", 12),
        ("Hussein Jabbar, the district chief, and three other people were killed in the blast.", 4),
    ],
)
def test_a_named_person_with_others_counts_one_more(text: str, dead: int) -> None:
    assert read_figures(text).low == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Hospital officials put the dead at 46 on Sunday.", 46),
        ("The toll passed 150 within two days.", 150),
        ("The two bombs claimed 38 lives.", 38),
        ("The blast left 35 dead and dozens wounded.", 35),
        ("A car bomb went off near the stadium, leaving at least 19 people dead.", 19),
        ("Police found the bodies of at least 30 men, blindfolded and shot, in western districts.", 30),
        ("A doctor said 60 bodies had been brought to the city morgue.", 60),
        ("Militants lined up and shot at least 40 members of the tribe outside the town.", 40),
        ("The gunmen marched the inmates to a ravine and shot hundreds of them.", 100),
        ("Eight tourists, among them a small child, were killed in the shelling.", 8),
        ("Three Peshmerga from the Zeravani forces were killed on Saturday.", 3),
        ("Two members of Saraya al-Salam were killed, a security source said.", 2),
        ("Three soldiers were martyred when the mortar round landed.", 3),
        ("Two farmers were found dead in an orchard near Khalis.", 2),
        ("The bombing caused 12 deaths, the health ministry said.", 12),
    ],
)
def test_other_words_for_the_dead(text: str, dead: int) -> None:
    assert read_figures(text).low == dead


@pytest.mark.parametrize(
    "text",
    [
        "The explosion left two people wounded.",
        "Gunmen shot two protesters near the bridge.",
        "Kataib Hezbollah said two of its members were among the dead.",
    ],
)
def test_no_death_is_read_where_none_is_told(text: str) -> None:
    assert read_figures(text).low is None


@pytest.mark.parametrize(
    "text",
    [
        "The UN counted more than 1,200 civilians killed across the country in May alone.",
        "Ankara said five soldiers had been killed since the cross-border operation began.",
        "More than 30 activists have been assassinated since October 2019.",
    ],
)
def test_a_month_or_a_campaign_count_is_a_running_total(text: str) -> None:
    figures = read_figures(text)
    assert figures.low is None
    assert figures.running_total_ignored


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Two soldiers were killed and a third wounded when the bomb went off.", 1),
        ("Four coalition soldiers and 2 Iraqi air-defence troops wounded", 6),
    ],
)
def test_injuries_told_in_these_ways_are_counted_apart(text: str, injured: int) -> None:
    assert read_figures(text).injured == injured


def test_a_loose_word_gives_way_to_a_precise_figure_for_the_same_dead() -> None:
    merged = merge_figures(
        [read_figures("Militants kill dozens of tribesmen"), read_figures("at least 46 were killed")]
    )
    assert (merged.low, merged.high) == (46, 46)
    assert read_figures("Militants killed dozens of villagers; officials said 46 died.").low == 46


# the toll of a coded event ---------------------------------------------------------------------


def test_a_toll_only_the_headline_tells_is_the_events(extractor: RuleExtractor) -> None:
    title = "Four Peshmerga killed in PKK ambush near Amadiya"
    text = title + (
        "\n\nPKK fighters ambushed a Peshmerga unit near Amadiya on Saturday, the ministry of Peshmerga affairs said."
    )
    events = _events(extractor, text, dt.date(2021, 6, 6), title)
    assert [e.fatalities for e in events] == [4]


def test_a_toll_in_a_retaliation_clause_is_not_the_strikes(extractor: RuleExtractor) -> None:
    text = (
        "US jets struck Kataib Hezbollah depots near Al-Qaim on Sunday, in retaliation for a rocket attack that "
        "killed a contractor. The militia said 19 of its fighters were killed in the strikes."
    )
    strikes = [e for e in _events(extractor, text, dt.date(2019, 12, 30)) if e.location == "Al-Qaim"]
    assert [(e.fatalities_low, e.fatalities_high) for e in strikes] == [(19, 19)]


def test_a_toll_told_on_a_later_day_belongs_to_the_event(extractor: RuleExtractor) -> None:
    text = (
        "NASIRIYAH, Sept 15 — Suicide bombers attacked a restaurant on the highway west of Nasiriyah on Thursday. "
        "Health officials said on Friday the toll had climbed to 70, with 90 people wounded."
    )
    events = _events(extractor, text, dt.date(2017, 9, 15))
    assert [(e.fatalities, e.injured) for e in events] == [(70, 90)]
