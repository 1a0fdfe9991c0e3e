"""HTML pages, documents-JSONL, RSS/Atom feeds, WARC archives and directories."""

from __future__ import annotations

import datetime as dt
import gzip

from ingest_helpers import WARC_PAGES, build_warc, split

from tigris.ingest import read_bytes, read_inputs


def test_html_page_keeps_sources_comments_and_widget(fixtures, settings) -> None:
    docs, rejections = split(read_inputs([str(fixtures / "blog_post.html")], settings))
    assert rejections == []
    (doc,) = docs
    assert doc.title == "Crowds Storm The U.S. Embassy After Airstrikes On Kataib Hezbollah"
    assert doc.published is not None and doc.published.date() == dt.date(2019, 12, 31)
    assert doc.author == "Layla Hassan"
    assert doc.url == "https://iraq-notebook.example.org/2019/12/embassy.html"
    assert "killed 25 fighters" in doc.section_text("body")
    assert [c.outlet for c in doc.citations] == ["Reuters", "Rudaw"]
    assert [c.author for c in doc.comments] == ["Anonymous", "Layla Hassan"]
    assert [(h.month, h.day, h.year) for h in doc.history] == [(3, 16, 1988)]
    body = doc.section_text("body")
    assert "guards opening the gate" not in body and "Halabja" not in body
    assert "Blog Archive" not in doc.text


def test_html_sniffed_without_extension(settings) -> None:
    data = b"<!DOCTYPE html><html><body><p>Turkish drones struck a car near Sinjar, killing two PKK members.</p></body></html>"
    docs, _ = split(read_bytes(data, "page", settings))
    assert "Sinjar" in docs[0].text and "<p>" not in docs[0].text


def test_malformed_html_is_read(fixtures, settings) -> None:
    docs, rejections = split(read_inputs([str(fixtures / "malformed.html")], settings))
    assert rejections == []
    text = docs[0].section_text("body")
    assert "clashed in Kirkuk" in text and "curfew for the night" in text


def test_jsonl_documents_keep_their_ids_and_bad_lines_are_rejected(fixtures, settings) -> None:
    path = fixtures / "documents.jsonl"
    docs, rejections = split(read_inputs([str(path)], settings))
    assert [d.id for d in docs] == ["ucdp-like-1", "ucdp-like-2", "7"]
    first, second, third = docs
    assert first.title == "Bomb hits army patrol near Tarmiyah"
    assert first.published == dt.datetime(2019, 6, 10)
    assert (first.url, first.source) == ("https://news.example.com/tarmiyah", "Example Wire")
    assert "Zaitoun bridge" in second.section_text("body") and "<p>" not in second.text
    assert second.published is not None and second.published.date() == dt.date(2019, 11, 28)
    assert third.published is None and "unparsed-published" in third.flags
    assert [r.origin for r in rejections] == [f"{path}#L3", f"{path}#L4", f"{path}#L5"]
    assert "invalid JSON" in rejections[0].reason
    assert "expected a JSON object" in rejections[1].reason
    assert "no 'text' or 'html'" in rejections[2].reason
    assert all("\n" not in r.reason for r in rejections)


def test_rss_feed_entries(fixtures, settings) -> None:
    docs, rejections = split(read_inputs([str(fixtures / "feed.rss")], settings))
    assert rejections == []
    assert [d.title for d in docs] == ["Rockets hit Balad air base", "Protesters block roads in Basra"]
    first = docs[0]
    assert first.kind == "feed item"
    assert first.url == "https://wire.example.com/balad-rockets"
    assert first.source == "Example Iraq Wire"
    assert "Eight rockets struck the Balad air base" in first.text and "<b>" not in first.text
    # 19:30 GMT is 22:30 in Baghdad
    assert first.published is not None and (first.published.date(), first.published.hour) == (
        dt.date(2020, 1, 12),
        22,
    )


def test_atom_feed_entry(fixtures, settings) -> None:
    docs, _ = split(read_inputs([str(fixtures / "feed.atom")], settings))
    (doc,) = docs
    assert doc.author == "Layla Hassan"
    assert doc.url == "https://iraq-notebook.example.org/2020/01/vote.html"
    assert "non-binding resolution" in doc.text and "Sunni members" in doc.text


def test_feed_sniffed_from_content(fixtures, settings) -> None:
    data = (fixtures / "feed.rss").read_bytes()
    docs, _ = split(read_bytes(data, "https://wire.example.com/feed", settings))
    assert len(docs) == 2


def test_warc_response_records_become_documents(tmp_path, settings) -> None:
    for compressed in (True, False):
        path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
        path.write_bytes(build_warc(WARC_PAGES, gzip=compressed))
        docs, rejections = split(read_inputs([str(path)], settings))
        assert rejections == []
        assert [d.url for d in docs] == [
            "https://news.example.com/mosul",
            "https://news.example.com/ramadi",
            "https://news.example.com/note.txt",
        ]
        assert [d.origin for d in docs] == [f"{path}#record-2", f"{path}#record-4", f"{path}#record-5"]
        assert "eastern bank of Mosul" in docs[0].text
        assert "Kadhimi" in docs[2].text


def test_warc_error_pages_are_reported_not_dropped(tmp_path, settings) -> None:
    path = tmp_path / "errors.warc.gz"
    path.write_bytes(build_warc(WARC_PAGES[:1], gzip=True, status="404 Not Found"))
    docs, rejections = split(read_inputs([str(path)], settings))
    assert docs == []
    assert any("HTTP errors" in r.reason and "record 2 (HTTP 404)" in r.reason for r in rejections)


def test_warc_from_bytes(settings) -> None:
    docs, _ = split(read_bytes(build_warc(WARC_PAGES, gzip=True), "crawl.warc.gz", settings))
    assert len(docs) == 3


def test_gzipped_text_file(tmp_path, settings) -> None:
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress(b"Security forces reopened the road between Kirkuk and Erbil."))
    docs, rejections = split(read_inputs([str(path)], settings))
    assert rejections == [] and "Kirkuk" in docs[0].text


def test_directory_is_walked_sorted_skipping_hidden(tmp_path, settings) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second note about Najaf and its shrine.")
    (tmp_path / "a.txt").write_text("First note about Karbala during Arbaeen.")
    (tmp_path / ".secret.txt").write_text("Hidden note that must be skipped.")
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden folder note that must be skipped.")
    docs, rejections = split(read_inputs([str(tmp_path)], settings))
    assert rejections == []
    assert [d.origin for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]


def test_same_text_gives_same_id(tmp_path, settings) -> None:
    (tmp_path / "one.txt").write_text("Rockets struck the K1 base near Kirkuk.\n")
    (tmp_path / "two.txt").write_text("Rockets struck the K1 base near Kirkuk.   \r\n\r\n")
    docs, _ = split(read_inputs([str(tmp_path)], settings))
    assert docs[0].id == docs[1].id and docs[0].content_hash == docs[1].content_hash
