"""Helpers shared by the ingest tests: fixture paths, the reference post, splitting output, WARC builders."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from tigris.types import Document, Rejection

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[2]
REFERENCE_POST = REPO_ROOT / ".." / "shared" / "samples" / "musings-on-iraq-2020-01-25-sadr-rally.txt"


def split(outputs: Iterable[Document | Rejection]) -> tuple[list[Document], list[Rejection]]:
    """Documents and rejections of a reader's output, in order."""
    docs: list[Document] = []
    rejections: list[Rejection] = []
    for out in outputs:
        (docs if isinstance(out, Document) else rejections).append(out)  # type: ignore[arg-type]
    return docs, rejections


def page(title: str, paragraph: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    ).encode()


def build_warc(pages: list[tuple[str, bytes, str]], *, gzip: bool, status: str = "200 OK") -> bytes:
    """A WARC archive with a warcinfo record and one response record per (url, body, content type)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "tigris tests"}))
    for url, body, content_type in pages:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


WARC_PAGES: list[tuple[str, bytes, str]] = [
    (
        "https://news.example.com/mosul",
        page(
            "Army retakes eastern Mosul",
            "Iraqi counter-terrorism forces said they had cleared the last districts on the eastern bank of Mosul "
            "after three months of fighting against the Islamic State.",
        ),
        "text/html; charset=utf-8",
    ),
    (
        "https://news.example.com/robots.png",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "image/png",
    ),
    (
        "https://news.example.com/ramadi",
        page(
            "Ramadi falls to the Islamic State",
            "Islamic State fighters took the government compound in Ramadi, the capital of Anbar, after a series "
            "of suicide car bombs broke the army's defences.",
        ),
        "text/html",
    ),
    (
        "https://news.example.com/note.txt",
        b"Parliament approved the new cabinet of Prime Minister Mustafa al-Kadhimi in May 2020 after "
        b"months without a government.",
        "text/plain",
    ),
]
