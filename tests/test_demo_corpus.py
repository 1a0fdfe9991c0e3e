"""The demo corpus shipped in src/tigris/data/demo is complete, well-formed and our own text."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import feedparser
import pytest
from warcio.archiveiterator import ArchiveIterator

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO = REPO_ROOT / "src" / "tigris" / "data" / "demo"
DEMO_README = REPO_ROOT / "docs" / "demo-corpus.md"
SHARED = REPO_ROOT / ".." / "shared"
SCRIPT = REPO_ROOT / "scripts" / "make_demo_warc.py"
DEMO_URL = "https://demo.tigris.invalid/"
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2021, 12, 31)

NEWS_FILES = sorted((DEMO / "news").glob("*.md"))
BLOG_FILES = sorted((DEMO / "blog").glob("*.txt"))

DATE_LINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(January|February|March|April|May|June|July|August|September|October|November|December) "
    r"(\d{1,2}), (\d{4})$"
)
SOURCE_ENTRY = re.compile(r"^\S.*“.+,” .*(\d{1,2}/\d{1,2}/\d{2}|[A-Z][a-z]+ \d{4})$")
COMMENT_LINE = re.compile(r"^\S.* said\.\.\.$")
WIDGET_HEADER = re.compile(r"^This Day In Iraqi History - ([A-Z][a-z]{2}) (\d{1,2}) \S.*$")
WIDGET_ITEM = re.compile(r"^  (\d{3,4}) \S.* (\d[\d,]*(?:-\d[\d,]*)?) killed$")


def split_front_matter(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    head, sep, body = text[4:].partition("\n---\n")
    assert sep, f"{path.name}: front matter is not closed"
    fields: dict[str, str] = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        assert colon, f"{path.name}: bad front matter line {line!r}"
        fields[key.strip()] = value.strip()
    return fields, body


def words(text: str) -> int:
    return len(text.split())


class _PageMeta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.meta: dict[str, str] = {}
        self.paragraphs_in_article = 0
        self._in_title = False
        self._in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = attributes.get("property") or attributes.get("name")
            if key:
                self.meta[key] = attributes.get("content", "")
        elif tag == "article":
            self._in_article = True
        elif tag == "p" and self._in_article:
            self.paragraphs_in_article += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._in_article = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def warc_responses(data: bytes) -> list[tuple[str, bytes]]:
    from io import BytesIO

    found = []
    for record in ArchiveIterator(BytesIO(data)):
        if record.rec_type == "response":
            uri = record.rec_headers.get_header("WARC-Target-URI")
            assert record.http_headers is not None
            assert record.http_headers.get_statuscode() == "200"
            found.append((uri, record.content_stream().read()))
    return found


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_demo_warc", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


# --- news reports ---------------------------------------------------------------------------


def test_there_are_at_least_28_news_reports() -> None:
    assert len(NEWS_FILES) >= 28


@pytest.mark.parametrize("path", NEWS_FILES, ids=lambda p: p.name)
def test_news_front_matter_is_complete(path: Path) -> None:
    fields, body = split_front_matter(path)
    for key in ("title", "published", "source", "url", "kind"):
        assert fields.get(key), f"{path.name}: missing {key}"
    published = dt.date.fromisoformat(fields["published"])
    assert FIRST_DAY <= published <= LAST_DAY
    assert path.name.startswith(fields["published"]), "file name starts with the publication date"
    assert fields["url"].startswith(DEMO_URL + "news/")
    assert fields["kind"] == "news"
    assert 120 <= words(body) <= 350, f"{path.name}: {words(body)} words"


def test_news_urls_and_titles_are_unique() -> None:
    seen = [split_front_matter(p)[0] for p in NEWS_FILES]
    assert len({f["url"] for f in seen}) == len(seen)
    assert len({f["title"] for f in seen}) == len(seen)


def test_news_uses_several_fictional_outlets() -> None:
    sources = {split_front_matter(p)[0]["source"] for p in NEWS_FILES}
    assert sources >= {"Tigris Wire", "Mesopotamia Monitor", "Two Rivers Daily", "Gulf Desk"}


def test_news_covers_the_required_hard_cases() -> None:
    bodies = {p.name: split_front_matter(p)[1] for p in NEWS_FILES}
    text = "\n".join(bodies.values())
    for marker in ("late on Sunday", "reportedly", "apparently", "denied", "will hold", "since October"):
        assert marker in text, marker
    football = next(b for n, b in bodies.items() if "football" in n)
    assert "protest" not in football.lower()


# --- analysis posts ---------------------------------------------------------------------------


def test_there_are_two_analysis_posts() -> None:
    assert len(BLOG_FILES) >= 2


@pytest.mark.parametrize("path", BLOG_FILES, ids=lambda p: p.name)
def test_analysis_post_layout(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    match = DATE_LINE.match(lines[0])
    assert match, f"first line is not a date line: {lines[0]!r}"
    weekday, month, day, year = match.groups()
    posted = dt.datetime.strptime(f"{month} {day} {year}", "%B %d %Y").date()
    assert posted.strftime("%A") == weekday
    assert FIRST_DAY <= posted <= LAST_DAY
    assert path.name.startswith(posted.isoformat())
    assert lines[1] == "" and lines[2].strip(), "title on the third line"

    source_rows = [i for i, line in enumerate(lines) if SOURCE_ENTRY.match(line)]
    assert 7 <= len(source_rows) <= 10
    comment_rows = [i for i, line in enumerate(lines) if COMMENT_LINE.match(line)]
    assert 2 <= len(comment_rows) <= 3
    widget_rows = [i for i, line in enumerate(lines) if WIDGET_HEADER.match(line)]
    assert len(widget_rows) == 1
    assert max(source_rows) < min(comment_rows) < widget_rows[0], "sources, then comments, then widget"

    body = "\n".join(lines[3 : min(source_rows)])
    assert 600 <= words(body) <= 1000, f"{words(body)} body words"

    widget_match = WIDGET_HEADER.match(lines[widget_rows[0]])
    assert widget_match is not None
    assert widget_match.group(1) == posted.strftime("%b")
    assert int(widget_match.group(2)) == posted.day
    items = [line for line in lines[widget_rows[0] + 1 :] if line.strip()]
    assert 1 <= len(items) <= 3
    for item in items:
        assert WIDGET_ITEM.match(item), item


# --- feed, page, archive ----------------------------------------------------------------------


def test_feed_parses_into_dated_entries() -> None:
    parsed = feedparser.parse(str(DEMO / "feed.xml"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert len(parsed.entries) >= 5
    for entry in parsed.entries:
        assert entry.title and entry.link.startswith(DEMO_URL)
        assert entry.published_parsed is not None
        published = dt.date(*entry.published_parsed[:3])
        assert FIRST_DAY <= published <= LAST_DAY
        assert words(entry.description) >= 40


def test_page_has_title_published_time_and_article_body() -> None:
    meta = _PageMeta()
    meta.feed((DEMO / "page.html").read_text(encoding="utf-8"))
    assert meta.title.strip()
    assert meta.meta.get("og:title")
    assert meta.meta.get("author")
    published = dt.datetime.fromisoformat(meta.meta["article:published_time"])
    assert FIRST_DAY <= published.date() <= LAST_DAY
    assert meta.paragraphs_in_article >= 4


def test_archive_holds_two_html_responses() -> None:
    responses = warc_responses((DEMO / "archive.warc.gz").read_bytes())
    assert len(responses) >= 2
    for uri, body in responses:
        assert uri.startswith(DEMO_URL)
        html = body.decode("utf-8")
        assert "<article>" in html and "article:published_time" in html


def test_archive_script_is_deterministic(tmp_path: Path) -> None:
    script = load_script()
    first = script.write_archive(tmp_path / "one" / "archive.warc.gz")
    second = script.write_archive(tmp_path / "two" / "archive.warc.gz")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (DEMO / "archive.warc.gz").read_bytes(), "shipped archive is stale"


# --- whole corpus -----------------------------------------------------------------------------


def test_corpus_has_at_least_36_documents() -> None:
    feed_items = len(feedparser.parse(str(DEMO / "feed.xml")).entries)
    archived = len(warc_responses((DEMO / "archive.warc.gz").read_bytes()))
    pages = 1 if (DEMO / "page.html").is_file() else 0
    assert len(NEWS_FILES) + len(BLOG_FILES) + feed_items + pages + archived >= 36


def test_readme_lists_every_file_and_states_authorship() -> None:
    readme = DEMO_README.read_text(encoding="utf-8")
    assert "written for tigris" in readme
    for path in [*NEWS_FILES, *BLOG_FILES]:
        assert f"{path.parent.name}/{path.name}" in readme, path.name
    for name in ("feed.xml", "page.html", "archive.warc.gz"):
        assert name in readme


def _corpus_lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in [*NEWS_FILES, *BLOG_FILES]]
    texts += [(DEMO / name).read_text(encoding="utf-8") for name in ("feed.xml", "page.html")]
    texts.append(DEMO_README.read_text(encoding="utf-8"))
    texts.append(SCRIPT.read_text(encoding="utf-8"))
    lines = {line.strip() for text in texts for line in text.splitlines()}
    return sorted(line for line in lines if len(line) > 60)


@lru_cache(maxsize=1)
def _reference_text() -> str:
    parts = [
        (SHARED / "data" / "case2021-task2-dev" / "snippets.tsv").read_text(encoding="utf-8"),
        (SHARED / "samples" / "musings-on-iraq-2020-01-25-sadr-rally.txt").read_text(encoding="utf-8"),
    ]
    with (SHARED / "data" / "ucdp-ged-iraq" / "events.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            parts.append(raw)
            record = json.loads(raw)
            parts.extend(str(v) for v in record.values() if isinstance(v, str))
    return "\n".join(parts)


def test_no_long_line_is_copied_from_shared_data() -> None:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not present next to the repository")
    reference = _reference_text()
    copied = [line for line in _corpus_lines() if line in reference]
    assert copied == []
