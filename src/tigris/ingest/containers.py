"""Inputs that hold many documents: documents-JSONL, RSS/Atom feeds and WARC archives.

Each record is read on its own: a bad record gives a Rejection whose origin names the record
(``path#L12``, ``feed.xml#entry-3``, ``crawl.warc.gz#record-7``) and reading goes on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zlib
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from tigris.errors import InputError
from tigris.ingest.dates import parse_published, to_zone
from tigris.ingest.document import make_document
from tigris.ingest.html import fragment_to_text, read_html
from tigris.settings import Settings
from tigris.types import Document, Rejection

Output = Document | Rejection
ReadPayload = Callable[[bytes, str, str | None, str | None], Iterator[Output]]
_CHUNK = 1 << 20


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# documents-JSONL -----------------------------------------------------------------------------


def _jsonl_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; the line is None when it is longer than ``limit`` bytes."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line without holding it
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def read_jsonl(stream: BinaryIO, origin: str, settings: Settings) -> Iterator[Output]:
    """One Document per object line: ``id``, ``text`` or ``html``, optional metadata."""
    limit = settings.max_document_bytes
    seen_any = False
    for number, line in _jsonl_lines(stream, limit):
        where = f"{origin}#L{number}"
        if line is None:
            seen_any = True
            yield Rejection(
                where, f"line {number}: longer than the limit of {limit:,} bytes (max_document_bytes)"
            )
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            yield _jsonl_record(line, number, where, settings)
        except InputError as exc:
            yield Rejection(where, exc.reason)
    if not seen_any:
        yield Rejection(origin, "the JSONL file holds no records")


def _jsonl_record(line: bytes, number: int, where: str, settings: Settings) -> Document:
    from tigris.errors import MalformedInput

    try:
        obj: Any = json.loads(line)
    except UnicodeDecodeError as exc:
        raise MalformedInput(where, f"line {number}: not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise MalformedInput(where, f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise MalformedInput(where, f"line {number}: expected a JSON object, got {type(obj).__name__}")
    text, markup = obj.get("text"), obj.get("html")
    raw_id = obj.get("id")
    external_id = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
    if external_id is not None and not external_id.strip():
        external_id = None
    flags: list[str] = []
    raw_published = obj.get("published")
    published = to_zone(parse_published(raw_published), settings.timezone)
    if raw_published not in (None, "") and published is None:
        flags.append("unparsed-published")
    meta = {
        key: obj[key].strip()
        for key in ("title", "url", "source", "author", "kind")
        if isinstance(obj.get(key), str) and obj[key].strip()
    }
    if isinstance(text, str) and text.strip():
        return make_document(text, where, published=published, external_id=external_id, flags=flags, **meta)
    if isinstance(markup, str) and markup.strip():
        overrides: dict[str, Any] = {**meta, "published": published}
        doc = read_html(markup, where, settings, url=meta.get("url"), flags=flags, overrides=overrides)
        if external_id is not None:
            from dataclasses import replace

            doc = replace(doc, id=external_id)
        return doc
    raise MalformedInput(where, f"line {number}: no 'text' or 'html' field with text in it")


# RSS and Atom --------------------------------------------------------------------------------


def read_feed(data: bytes, origin: str, settings: Settings) -> Iterator[Output]:
    """One Document (kind "feed item") per entry of an RSS or Atom feed."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))  # a stream, so feedparser never treats it as a URL or path
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = f"malformed feed: {_one_line(parsed.get('bozo_exception', 'not well-formed'))}"
        else:
            reason = "not an RSS or Atom feed, or a feed with no entries"
        yield Rejection(origin, reason)
        return
    feed_title = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#entry-{number}"
        try:
            yield _feed_entry(entry, where, feed_title, settings)
        except InputError as exc:
            yield Rejection(where, exc.reason)


def _feed_entry(entry: Any, where: str, feed_title: str | None, settings: Settings) -> Document:
    from tigris.errors import EmptyInput

    title = _one_line(entry.get("title") or "") or None
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    body = body or entry.get("summary") or ""
    text = fragment_to_text(body)
    if not text and not title:
        raise EmptyInput(where, "the feed entry has neither a title nor text")
    full = f"{title}\n\n{text}" if title and text and not text.startswith(title) else text or title or ""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = None
    if stamp is not None:
        published = to_zone(
            dt.datetime(stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5], tzinfo=dt.UTC),
            settings.timezone,
        )
    return make_document(
        full,
        where,
        title=title,
        url=entry.get("link") or None,
        published=published,
        author=entry.get("author") or None,
        source=feed_title,
        kind="feed item",
    )


# WARC ----------------------------------------------------------------------------------------


def gzip_complete(stream: BinaryIO) -> bool:
    """Whether a (multi-member) gzip stream ends cleanly; reads the stream to its end."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    fed = False
    try:
        for chunk in iter(lambda: stream.read(_CHUNK), b""):
            pending = chunk
            while pending:
                fed = True
                inflater.decompress(pending, _CHUNK)
                if inflater.eof:
                    pending = inflater.unused_data
                    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    fed = False
                else:
                    pending = inflater.unconsumed_tail
        if fed:
            while not inflater.eof and inflater.decompress(inflater.unconsumed_tail, _CHUNK):
                pass
            return inflater.eof
    except zlib.error:
        return False
    return True


def read_warc(
    open_stream: Callable[[], BinaryIO], origin: str, settings: Settings, read_payload: ReadPayload
) -> Iterator[Output]:
    """One Document per ``response`` (or ``resource``) record with an HTML or text payload.

    ``open_stream`` opens the archive from its start; it is called twice for a gzipped archive, once
    to check that the compressed stream is whole. Documents read before damage are kept, and the
    damage itself is one Rejection.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = settings.max_document_bytes
    with open_stream() as probe:
        compressed = probe.read(2) == b"\x1f\x8b"
        probe.seek(0)
        intact = gzip_complete(probe) if compressed else True
    number = documents = rejected = 0
    damaged: str | None = None
    failed: list[str] = []  # HTML responses that were error pages, reported once at the end
    with open_stream() as stream:
        try:
            for record in ArchiveIterator(stream):
                number += 1
                where = f"{origin}#record-{number}"
                if record.rec_type is None:
                    damaged = f"record {number} has no WARC-Type header"
                    break
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers if record.rec_type == "response" else record.rec_headers
                content_type = (headers.get_header("Content-Type") if headers else None) or ""
                if not _textual(content_type):
                    continue
                if record.rec_type == "response" and headers is not None:
                    status = headers.get_statuscode()
                    if not (status or "").startswith("2"):
                        failed.append(f"record {number} (HTTP {status or '?'})")
                        continue
                payload = record.content_stream().read(limit + 1)
                while record.raw_stream.read(_CHUNK):
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    damaged = f"record {number} is cut short"
                    break
                if len(payload) > limit:
                    yield Rejection(
                        where, f"payload is over the limit of {limit:,} bytes (max_document_bytes)"
                    )
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                for out in read_payload(payload, where, content_type, url):
                    documents += isinstance(out, Document)
                    rejected += isinstance(out, Rejection)
                    yield out
        except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
            damaged = f"damaged after record {number}: {_one_line(str(exc))}"
    if failed:
        shown = ", ".join(failed[:5]) + (f" and {len(failed) - 5} more" if len(failed) > 5 else "")
        yield Rejection(origin, f"{len(failed)} captured pages were HTTP errors, not documents: {shown}")
    if damaged is None and not intact:
        damaged = f"the compressed archive is truncated after record {number}"
    if damaged is not None:
        yield Rejection(
            origin,
            f"truncated or corrupt WARC archive ({damaged}); kept {documents} documents read before it",
        )
    elif number == 0:
        yield Rejection(origin, "not a WARC archive: no records found")
    elif documents == 0 and rejected == 0:
        yield Rejection(origin, f"the WARC archive holds no HTML or text responses ({number} records)")


def _textual(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind in {"text/html", "application/xhtml+xml", "text/plain", "text/markdown"}
