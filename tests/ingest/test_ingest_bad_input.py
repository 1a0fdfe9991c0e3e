"""Inputs that cannot be read: each gives a Rejection with a one-line reason, and reading goes on."""

from __future__ import annotations

import gzip
import os
import tracemalloc
from pathlib import Path

import pytest
from ingest_helpers import WARC_PAGES, build_warc, split

from tigris.ingest import read_bytes, read_inputs
from tigris.settings import Settings

GOOD = "Police said a car bomb exploded in a market in Sadr City."


def _good_file(tmp_path: Path) -> Path:
    path = tmp_path / "zz_good.txt"
    path.write_text(GOOD)
    return path


def _one_rejection(inputs: list[str], settings: Settings, tmp_path: Path) -> str:
    """Read the inputs followed by a good file; the bad input gives exactly one rejection."""
    docs, rejections = split(read_inputs([*inputs, str(_good_file(tmp_path))], settings))
    assert len(rejections) == 1, rejections
    assert [d.text for d in docs][-1] == GOOD, "reading did not go on after the bad input"
    reason = rejections[0].reason
    assert reason and "\n" not in reason
    return reason


def test_empty_file(tmp_path, settings) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _one_rejection([str(path)], settings, tmp_path)


def test_whitespace_only_file(tmp_path, settings) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\t\r\n   \n")
    assert "only whitespace" in _one_rejection([str(path)], settings, tmp_path)


def test_png_is_binary(tmp_path, settings) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "PNG" in _one_rejection([str(path)], settings, tmp_path)


def test_nul_bytes_are_binary(tmp_path, settings) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"some text\x00\x00\x01\x02 more")
    assert "NUL" in _one_rejection([str(path)], settings, tmp_path)


def test_undecodable_bytes(tmp_path, settings) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 20)
    reason = _one_rejection([str(path)], settings, tmp_path)
    assert "undecodable" in reason or "not text" in reason


def test_cp1256_arabic_is_decoded_and_flagged(tmp_path, settings) -> None:
    arabic = (
        "تظاهر آلاف العراقيين في ساحة التحرير ببغداد يوم الجمعة للمطالبة بإسقاط الحكومة، "
        "وأطلقت قوات الأمن الغاز المسيل للدموع على المحتجين قرب جسر الجمهورية."
    )
    path = tmp_path / "arabic.txt"
    path.write_bytes(arabic.encode("cp1256"))
    docs, rejections = split(read_inputs([str(path)], settings))
    assert rejections == []
    assert docs[0].text == arabic
    assert "decoded:cp1256" in docs[0].flags
    assert docs[0].language == "ar"


def test_latin1_is_decoded_and_flagged(tmp_path, settings) -> None:
    french = (
        "Des manifestants se sont rassemblés à Bagdad, où la police a tiré des gaz lacrymogènes près du pont."
    )
    path = tmp_path / "latin.txt"
    path.write_bytes(french.encode("latin-1"))
    docs, _ = split(read_inputs([str(path)], settings))
    assert docs[0].text == french
    assert any(flag.startswith("decoded:") for flag in docs[0].flags)


def test_truncated_gzip(tmp_path, settings) -> None:
    data = gzip.compress(((GOOD + " ") * 200).encode())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    assert "truncated gzip" in _one_rejection([str(path)], settings, tmp_path)


@pytest.mark.parametrize("compressed", [True, False])
def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path, settings, compressed: bool) -> None:
    data = build_warc(WARC_PAGES, gzip=compressed)
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(data[: len(data) - 60])  # cut inside the last record
    docs, rejections = split(read_inputs([str(path)], settings))
    assert [d.url for d in docs][:2] == ["https://news.example.com/mosul", "https://news.example.com/ramadi"]
    assert "https://news.example.com/note.txt" not in [d.url for d in docs]
    assert len(rejections) == 1
    assert rejections[0].origin == str(path)
    assert "truncated or corrupt WARC" in rejections[0].reason


def test_file_over_the_size_limit_is_not_read_into_memory(tmp_path, settings) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        chunk = b"Protesters gathered in Tahrir Square again. " * 1000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    small = Settings(max_document_bytes=20_000_000)
    tracemalloc.start()
    try:
        reason = _one_rejection([str(path)], small, tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"{path.stat().st_size:,} bytes" in reason
    assert "20,000,000" in reason
    assert peak < 5_000_000


def test_deeply_nested_html_falls_back_and_is_flagged(tmp_path, settings) -> None:
    markup = (
        "<html><head><title>Deep page</title></head><body>"
        + "<div>" * 300
        + "<p>Gunmen attacked a checkpoint near Tarmiyah, killing two soldiers.</p>"
        + "</div>" * 300
        + "</body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(markup)
    docs, rejections = split(read_inputs([str(path)], settings))
    assert rejections == []
    assert "checkpoint near Tarmiyah" in docs[0].section_text("body")
    assert "truncated" in docs[0].flags


def test_html_with_no_text_is_rejected(tmp_path, settings) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><script>var x = 1;</script></head><body>"
        + "<div>" * 300
        + "</div>" * 300
        + "</body></html>"
    )
    assert "no readable text" in _one_rejection([str(path)], settings, tmp_path)


def test_malformed_feed(fixtures, tmp_path, settings) -> None:
    assert "malformed feed" in _one_rejection([str(fixtures / "malformed_feed.xml")], settings, tmp_path)


def test_xml_that_is_not_a_feed(tmp_path, settings) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><option name="a"/></config>')
    assert "feed" in _one_rejection([str(path)], settings, tmp_path)


def test_nonexistent_path(tmp_path, settings) -> None:
    assert "no such file" in _one_rejection([str(tmp_path / "missing.txt")], settings, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permission_denied(tmp_path, settings) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user that can read every file (root)")
        assert "permission denied" in _one_rejection([str(path)], settings, tmp_path)
    finally:
        path.chmod(0o600)


def test_permission_error_while_opening(tmp_path, settings, monkeypatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in _one_rejection([str(path)], settings, tmp_path)


def test_unsupported_url_scheme(tmp_path, settings) -> None:
    assert "only http and https" in _one_rejection(["ftp://example.org/a.txt"], settings, tmp_path)


def test_read_bytes_never_raises_on_garbage(settings) -> None:
    for data in (b"", b"\x1f\x8b\x08garbage", b"{not json", b"<rss><channel>", b"WARC/1.0\r\nbroken"):
        outputs = list(read_bytes(data, "blob", settings))
        assert outputs, data
