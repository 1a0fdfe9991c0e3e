"""The reference analysis post, read from ../shared at run time."""

from __future__ import annotations

import datetime as dt

import pytest
from ingest_helpers import REFERENCE_POST, split

from tigris.ingest import read_inputs
from tigris.settings import Settings

pytestmark = pytest.mark.skipif(
    not REFERENCE_POST.exists(), reason="the shared reference post is not checked out"
)


@pytest.fixture(scope="module")
def post():  # type: ignore[no-untyped-def]
    docs, rejections = split(read_inputs([str(REFERENCE_POST)], Settings()))
    assert rejections == []
    assert len(docs) == 1
    return docs[0]


def test_header_gives_date_title_and_kind(post) -> None:  # type: ignore[no-untyped-def]
    assert post.published.date() == dt.date(2020, 1, 25)
    # The post's second non-empty line is its title (read from the file, not copied here).
    lines = [line.strip() for line in REFERENCE_POST.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert post.title == lines[1] and post.title.startswith("Sadr Holds")
    assert post.kind == "blog"
    assert post.language == "en"
    (title,) = post.spans("title")
    assert post.text[title.start : title.end] == post.title


def test_seven_citations_with_outlets_and_dates(post) -> None:  # type: ignore[no-untyped-def]
    got = [(c.outlet, c.date, c.date_precision) for c in post.citations]
    assert got == [
        ("Al-Aalem", dt.date(2020, 1, 20), "day"),
        ("Bas News", dt.date(2020, 1, 14), "day"),
        ("Twitter", dt.date(2020, 1, 24), "day"),
        ("Agence France Presse", dt.date(2020, 1, 24), "day"),
        ("Al Hurra", dt.date(2020, 1, 15), "day"),
        ("CTC Sentinel", dt.date(2020, 1, 1), "month"),
        ("NINA", dt.date(2020, 1, 13), "day"),
    ]
    tweet = post.citations[2]
    assert (tweet.medium, tweet.handle) == ("tweet", "Hamzoz")
    assert len(tweet.extra) == 1 and "Tahrir Square" in tweet.extra[0]
    assert post.citations[3].author == "Ayman Henna"
    assert post.citations[5].author == "Michael Knights"
    assert all(c.title for c in post.citations)


def test_two_comments_kept_out_of_the_body(post) -> None:  # type: ignore[no-untyped-def]
    assert [c.author for c in post.comments] == ["gj/bb", "Joel Wing"]
    for comment in post.comments:
        assert post.text[comment.start : comment.end] == comment.text
        assert comment.text not in post.section_text("body")
    assert "lowly cleric" in post.comments[1].text
    assert "This Day In Iraqi History" not in post.comments[1].text


def test_on_this_day_widget(post) -> None:  # type: ignore[no-untyped-def]
    items = post.history
    assert len(items) == 2
    first, second = items
    assert (first.month, first.day, first.year) == (4, 21, None)
    assert first.text.startswith("Coalition Provisional Authority") and first.text.endswith("Iraq")
    assert "Apr 21" not in first.text and "This Day" not in first.text
    assert (second.month, second.day, second.year) == (4, 21, 1802)
    assert "Karbala" in second.text
    assert (second.fatalities_low, second.fatalities_high) == (2000, 5000)
    assert "Karbala" not in post.section_text("body")


def test_body_holds_the_article_and_only_it(post) -> None:  # type: ignore[no-untyped-def]
    body = post.section_text("body")
    assert "Jadriya neighborhood on January 24" in body
    assert body.rstrip().endswith("stamping out their movement.")
    assert "Al-Aalem, “" not in body
    assert "said..." not in body
    sources = post.section_text("sources")
    assert sources.startswith("Al-Aalem") and sources.rstrip().endswith("1/13/20")
