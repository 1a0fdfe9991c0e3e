"""Plain text, Markdown front matter, blog headers and make_document."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from ingest_helpers import split

from tigris.ingest import make_document, read_bytes, read_inputs
from tigris.ingest.text import parse_front_matter


def test_front_matter_sets_metadata_and_is_not_in_the_text(fixtures, settings) -> None:
    docs, rejections = split(read_inputs([str(fixtures / "front_matter.md")], settings))
    assert rejections == []
    (doc,) = docs
    assert doc.id == "notebook-2020-01-20"
    assert doc.title == "Rockets Strike Near The U.S. Embassy"
    assert doc.published == dt.datetime(2020, 1, 20, 22, 30, tzinfo=doc.published.tzinfo)
    assert doc.published.utcoffset() == dt.timedelta(hours=3)
    assert doc.source == "Iraq Notebook"
    assert doc.author == "Layla Hassan"
    assert doc.url == "https://iraq-notebook.example.org/2020/01/rockets.html"
    assert doc.kind == "blog"
    assert "---" not in doc.text and "published:" not in doc.text
    assert "Katyusha" in doc.section_text("body")


def test_front_matter_parser_handles_quotes_and_rejects_non_front_matter() -> None:
    meta, rest = parse_front_matter("---\ntitle: 'Sinjar falls'\npublished: 2014-08-03\n---\nText.") or (
        {},
        "",
    )
    assert meta == {"title": "Sinjar falls", "published": "2014-08-03"}
    assert rest == "Text."
    assert parse_front_matter("---\nnot a key value line at all\n---\nText.") is None
    assert parse_front_matter("---\ntitle: never closed\nText.") is None
    assert parse_front_matter("No front matter here.") is None


def test_bad_published_in_front_matter_is_flagged_not_invented(settings) -> None:
    data = b"---\ntitle: Undated note\npublished: sometime last week\n---\nAn army convoy reached Tal Afar."
    docs, _ = split(read_bytes(data, "note.md", settings))
    assert docs[0].published is None
    assert "unparsed-published" in docs[0].flags


def test_blog_header_without_front_matter(fixtures, settings) -> None:
    docs, _ = split(read_inputs([str(fixtures / "blog_post.txt")], settings))
    (doc,) = docs
    assert doc.published == dt.datetime(2019, 10, 26)
    assert doc.title == "Second Wave Of Protests Meets Live Fire In Baghdad And The South"
    assert doc.kind == "blog"


def test_title_line_then_date_line_header() -> None:
    doc = make_document("Curfew In Baghdad\nOctober 27, 2019\n\nThe army declared a curfew.", "x.txt")
    assert doc.title == "Curfew In Baghdad"
    assert doc.published == dt.datetime(2019, 10, 27)


def test_text_without_header_has_no_invented_date_or_title() -> None:
    doc = make_document("Gunmen attacked a checkpoint in Diyala, killing two policemen.", "x.txt")
    assert doc.published is None
    assert doc.title is None
    assert doc.kind == "news"


def test_make_document_normalises_and_hashes() -> None:
    decomposed = unicodedata.normalize("NFD", "Café in Erbil   \r\nsecond line\t\r\n")
    doc = make_document(decomposed, "x.txt")
    assert doc.text == "Café in Erbil\nsecond line"
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.content_hash == hashlib.sha256(doc.text.encode()).hexdigest()
    assert doc.id == doc.content_hash[:16]
    assert make_document("Café in Erbil\nsecond line", "y.txt").content_hash == doc.content_hash


def test_make_document_keeps_caller_metadata() -> None:
    doc = make_document(
        "Saturday, January 4, 2020\n\nFuneral\n\nMourners filled the streets of Baghdad.",
        "x.txt",
        title="Caller's title",
        published=dt.date(2020, 1, 5),
        external_id="abc",
        kind="report",
        flags=("decoded:cp1256", "decoded:cp1256"),
    )
    assert doc.id == "abc"
    assert doc.title == "Caller's title"
    assert doc.published == dt.datetime(2020, 1, 5)
    assert doc.kind == "report"
    assert doc.flags == ("decoded:cp1256",)


def test_stdin_is_read(monkeypatch, settings) -> None:
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO(b"Turkish aircraft struck PKK positions in the Qandil mountains.")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    docs, rejections = split(read_inputs(["-"], settings))
    assert rejections == []
    assert docs[0].origin == "<stdin>"
    assert "Qandil" in docs[0].text


@hyp_settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_make_document_never_raises_and_sections_stay_inside(text: str) -> None:
    doc = make_document(text, "prop.txt")
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(doc.text)
    for comment in doc.comments:
        assert doc.text[comment.start : comment.end] == comment.text


_LINES = st.sampled_from(
    [
        "Saturday, January 25, 2020",
        "A Title",
        "Body sentence about Basra.",
        "Reuters, “Title,” 1/2/20",
        "- “more,” Twitter, 1/2/20",
        "NAME said...",
        "Joel says:",
        "This Day In Iraqi History - Apr 21 Something",
        "  1802 Event 2,000-5,000 killed",
        "Sources:",
        "2 comments:",
        "",
        "   ",
        "https://example.org/x",
    ]
)


@hyp_settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_structured_looking_text_keeps_sections_inside(lines: list[str]) -> None:
    doc = make_document("\n".join(lines), "prop.txt")
    spans = sorted((s.start, s.end) for s in doc.sections)
    for start, end in spans:
        assert 0 <= start <= end <= len(doc.text)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, "sections overlap"
