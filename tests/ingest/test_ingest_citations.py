"""parse_citation on the sources-list styles tigris users write."""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.ingest import parse_citation


def test_outlet_title_us_date() -> None:
    c = parse_citation("Shafaq News, “Rockets land near Baghdad airport,” 1/3/20")
    assert c is not None
    assert (c.outlet, c.title, c.date, c.date_precision) == (
        "Shafaq News",
        "Rockets land near Baghdad airport",
        dt.date(2020, 1, 3),
        "day",
    )
    assert c.author is None and c.medium == "news"


def test_surname_given_title_outlet_date() -> None:
    c = parse_citation("Rasheed, Ahmed, “Protesters storm embassy compound,” Reuters, 12/31/19")
    assert c is not None
    assert (c.author, c.outlet, c.date) == ("Ahmed Rasheed", "Reuters", dt.date(2019, 12, 31))


def test_month_precision() -> None:
    c = parse_citation(
        "Hassan, Sara, “Why the street turned on the parties,” Gulf Policy Review, November 2019"
    )
    assert c is not None
    assert (c.outlet, c.date, c.date_precision, c.medium) == (
        "Gulf Policy Review",
        dt.date(2019, 11, 1),
        "month",
        "journal",
    )


def test_tweet_with_handle() -> None:
    c = parse_citation("@IraqMonitor, “Tents burned in Nasiriya square,” Twitter 11/28/19")
    assert c is not None
    assert (c.outlet, c.medium, c.handle, c.date) == (
        "Twitter",
        "tweet",
        "IraqMonitor",
        dt.date(2019, 11, 28),
    )


def test_straight_quotes() -> None:
    c = parse_citation('Rudaw, "Peshmerga and army hold talks on Kirkuk," 10/18/17')
    assert c is not None
    assert (c.outlet, c.title, c.date) == (
        "Rudaw",
        "Peshmerga and army hold talks on Kirkuk",
        dt.date(2017, 10, 18),
    )


def test_title_outlet_date_url_with_dashes() -> None:
    c = parse_citation(
        "Mosul offensive begins - Example Wire - 17 October 2016 - https://wire.example.com/mosul"
    )
    assert c is not None
    assert (c.title, c.outlet, c.date, c.url) == (
        "Mosul offensive begins",
        "Example Wire",
        dt.date(2016, 10, 17),
        "https://wire.example.com/mosul",
    )


def test_outlet_parenthesised_date_title_url() -> None:
    c = parse_citation(
        "Example Daily (2019-10-26): Curfew declared in Nasiriya. https://daily.example.net/curfew"
    )
    assert c is not None
    assert (c.outlet, c.date, c.title, c.url) == (
        "Example Daily",
        dt.date(2019, 10, 26),
        "Curfew declared in Nasiriya",
        "https://daily.example.net/curfew",
    )


def test_plain_url() -> None:
    c = parse_citation("https://www.example.org/reports/october-protests")
    assert c is not None
    assert (c.url, c.outlet, c.medium, c.date) == (
        "https://www.example.org/reports/october-protests",
        "example.org",
        "web",
        None,
    )


def test_two_digit_year_takes_the_century_of_the_publication() -> None:
    c = parse_citation("Al Mada, “Ministry reshuffle,” 5/4/99", published=dt.date(2003, 1, 1))
    assert c is not None and c.date == dt.date(1999, 5, 4)
    c = parse_citation("Al Mada, “Ministry reshuffle,” 5/4/03", published=dt.date(2003, 6, 1))
    assert c is not None and c.date == dt.date(2003, 5, 4)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "Al-Aalem reported that Tehran wanted Sadr to become its point person inside Iraq.",
        "The march was announced on January 14.",
    ],
)
def test_non_citations_give_none(line: str) -> None:
    assert parse_citation(line) is None
