"""Sections, comments, on-this-day widgets and language of analysis posts."""

from __future__ import annotations

import datetime as dt

import pytest
from ingest_helpers import split

from tigris.ingest import detect_language, make_document, read_inputs, split_structure
from tigris.ingest.structure import fatalities


@pytest.fixture
def post(fixtures, settings):  # type: ignore[no-untyped-def]
    docs, _ = split(read_inputs([str(fixtures / "blog_post.txt")], settings))
    return docs[0]


def test_every_style_of_source_becomes_one_citation(post) -> None:  # type: ignore[no-untyped-def]
    outlets = [c.outlet for c in post.citations]
    assert outlets == [
        "Reuters",
        "Iraq Observer",
        "Twitter",
        "Example Wire",
        "Example Daily",
        "example.org",
        "Gulf Policy Review",
    ]
    tweet = post.citations[2]
    assert tweet.handle == "ProtestMonitor"
    assert tweet.extra and "Diwaniya" in tweet.extra[0]
    assert post.citations[1].author == "Omar Aziz"


def test_sources_comments_and_widget_are_not_body(post) -> None:  # type: ignore[no-untyped-def]
    body = post.section_text("body")
    assert "Jumhuriya Bridge towards the Green Zone" in body
    for outside in ("Reuters", "Reader One", "Halabja", "Sources:"):
        assert outside not in body
    kinds = [s.kind for s in post.sections]
    assert kinds == ["title", "body", "sources", "comments", "comments", "widget"]


def test_comment_authors_and_text(post) -> None:  # type: ignore[no-untyped-def]
    assert [c.author for c in post.comments] == ["Reader One", "Second Reader"]
    assert post.comments[1].text == "Do we know which units were on the bridge that night?"
    assert [s.label for s in post.spans("comments")] == ["Reader One", "Second Reader"]


def test_widget_items_with_years_and_fatalities(post) -> None:  # type: ignore[no-untyped-def]
    assert [(h.month, h.day, h.year) for h in post.history] == [(3, 16, None), (3, 16, 1988), (3, 16, 1991)]
    assert (post.history[1].fatalities_low, post.history[1].fatalities_high) == (3200, 5000)
    assert post.history[2].fatalities_low is None
    assert post.spans("widget")[0].label == "This Day In Iraqi History"


def test_wrote_style_comment_and_single_fatality_figure() -> None:
    text = (
        "The siege of Fallujah ended in June 2016.\n\n"
        "Omar wrote:\nThe city was emptied long before the army arrived.\n\n"
        "On This Day In Iraqi History: 14 July\n1958 Army officers overthrew the monarchy 300 killed"
    )
    sections, citations, comments, history = split_structure(text, dt.date(2016, 7, 14))
    assert citations == ()
    assert [c.author for c in comments] == ["Omar"]
    assert [(h.month, h.day, h.year, h.fatalities_low, h.fatalities_high) for h in history] == [
        (7, 14, 1958, 300, 300)
    ]
    assert {s.kind for s in sections} == {"body", "comments", "widget"}


def test_a_quote_in_the_body_is_not_a_comment_or_a_citation() -> None:
    doc = make_document(
        "The spokesman spoke to reporters in Baghdad.\nHe said:\n“We will not leave the square,” one protester told us on 1/24/20.",
        "x.txt",
    )
    assert doc.comments == ()
    assert doc.citations == ()
    assert "We will not leave" in doc.section_text("body")


def test_body_sentence_starting_on_this_day_is_not_a_widget() -> None:
    doc = make_document(
        "On this day in 1991 Iraqi troops left Kuwait City, setting the oil wells on fire.", "x.txt"
    )
    assert doc.history == ()
    assert "Kuwait" in doc.section_text("body")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,000-5,000 killed", (2000, 5000)),
        ("between 50 to 60 people killed", (50, 60)),
        ("300 killed", (300, 300)),
        ("a bombing killing at least 12", (12, 12)),
        ("Saddam's army invaded Kuwait", (None, None)),
    ],
)
def test_fatalities(text: str, expected: tuple[int | None, int | None]) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Security forces fired on protesters in the centre of Baghdad and the army said it was investigating.",
            "en",
        ),
        ("تظاهر آلاف العراقيين في ساحة التحرير ببغداد للمطالبة بإسقاط الحكومة", "ar"),
        (
            "Les manifestants se sont rassemblés dans le centre de Bagdad et la police a tiré sur la foule.",
            "fr",
        ),
        (
            "Die Demonstranten haben sich in der Innenstadt von Bagdad versammelt und die Polizei ist nicht eingeschritten.",
            "de",
        ),
        (
            "Los manifestantes se reunieron en el centro de Bagdad y la policía disparó contra la multitud.",
            "es",
        ),
        ("Baghdad Basra Mosul", None),
        ("12345 67890", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_arabic_name_articles_do_not_make_english_spanish() -> None:
    names = ", ".join(f"Hadi al-Amiri{i}, Qais al-Khazali{i} and Falih al-Fayyadh{i}" for i in range(40))
    text = f"The meeting in Baghdad was attended by {names}, officials said."
    assert detect_language(text) == "en"
