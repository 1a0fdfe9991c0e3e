"""Inputs -> Documents: paths, directories, stdin and URLs, dispatched by format.

The format of an input is taken from its content type (URLs, WARC records), then its file
extension, then its first bytes. Nothing here raises for bad input: every input or record that
cannot be read becomes a :class:`tigris.types.Rejection` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, BinaryIO, Literal

from tigris.errors import InputError, TooLarge
from tigris.ingest.containers import ReadPayload, read_feed, read_jsonl, read_warc
from tigris.ingest.decode import GZIP_MAGIC, binary_kind, decode_text, gunzip
from tigris.ingest.fetch import fetch_url
from tigris.ingest.html import read_html
from tigris.ingest.text import read_text
from tigris.settings import Settings
from tigris.types import Document, Rejection

if TYPE_CHECKING:
    import httpx

Format = Literal["text", "html", "jsonl", "feed", "warc"]
Output = Document | Rejection
STDIN = "<stdin>"

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_EXTENSIONS: Mapping[str, Format] = MappingProxyType(
    {
        ".txt": "text",
        ".text": "text",
        ".md": "text",
        ".markdown": "text",
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".xml": "feed",
        ".rss": "feed",
        ".atom": "feed",
        ".warc": "warc",
        ".arc": "warc",
    }
)
_CONTENT_TYPES: Mapping[str, Format] = MappingProxyType(
    {
        "text/html": "html",
        "application/xhtml+xml": "html",
        "application/rss+xml": "feed",
        "application/atom+xml": "feed",
        "application/rdf+xml": "feed",
        "application/xml": "feed",
        "text/xml": "feed",
        "application/warc": "warc",
        "application/x-ndjson": "jsonl",
        "application/jsonl": "jsonl",
        "application/x-jsonlines": "jsonl",
        "text/markdown": "text",
    }
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def read_inputs(
    inputs: Iterable[str], settings: Settings, *, transport: httpx.BaseTransport | None = None
) -> Iterator[Output]:
    """Read every input: a file, a directory (walked recursively in sorted order, hidden entries
    skipped), ``"-"`` for standard input, or an http(s) URL.

    Yields a Document per readable document and a Rejection per input or record that cannot be
    read. ``transport`` is handed to httpx for URLs (tests pass an ``httpx.MockTransport``).
    """
    for item in inputs:
        if item == "-":
            yield from _read_stdin(settings)
        elif _URL_SCHEME.match(item):
            yield from _read_url(item, settings, transport)
        else:
            yield from _read_path(Path(item), settings)


def read_bytes(
    data: bytes, origin: str, settings: Settings, *, content_type: str | None = None
) -> Iterator[Output]:
    """Read one input already in memory; the format comes from ``content_type``, the extension of
    ``origin`` and the bytes themselves."""
    yield from _read_bytes(data, origin, settings, content_type, None)


def _read_bytes(
    data: bytes, origin: str, settings: Settings, content_type: str | None, url: str | None
) -> Iterator[Output]:
    limit = settings.max_document_bytes
    name = _name_of(url or origin)  # a WARC record is named by its URL, not by its archive
    try:
        if data[:2] == GZIP_MAGIC:
            if name.endswith((".warc.gz", ".arc.gz")) or _looks_like_gzipped_warc(data):
                fmt: Format = "warc"
            else:
                data = gunzip(data, origin, limit)
                name = name.removesuffix(".gz").removesuffix(".gzip")
                fmt = _sniff(data, name, content_type)
        else:
            fmt = _sniff(data, name, content_type)
        if fmt == "jsonl":
            yield from read_jsonl(io.BytesIO(data), origin, settings)
            return
        if fmt == "warc":
            yield from read_warc(lambda: io.BytesIO(data), origin, settings, _payload_reader(settings))
            return
        if len(data) > limit:
            raise TooLarge(
                origin,
                f"input is {len(data):,} bytes, over the limit of {limit:,} bytes (max_document_bytes)",
            )
        if fmt == "feed":
            what = binary_kind(data)
            if what is not None or not data.strip():
                decode_text(data, origin)  # raises the matching EmptyInput / BinaryInput
            yield from read_feed(data, origin, settings)
            return
        text, flags = decode_text(data, origin, _charset(content_type))
        if fmt == "html":
            yield read_html(text, origin, settings, url=url or _url_of(origin), flags=flags)
        else:
            yield read_text(text, origin, settings, url=url or _url_of(origin), flags=flags)
    except InputError as exc:
        yield Rejection(origin, exc.reason)


def _payload_reader(settings: Settings) -> ReadPayload:
    def read(payload: bytes, origin: str, content_type: str | None, url: str | None) -> Iterator[Output]:
        return _read_bytes(payload, origin, settings, content_type, url)

    return read


def _looks_like_gzipped_warc(data: bytes) -> bool:
    import zlib

    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _name_of(origin: str) -> str:
    """The lower-cased file name of an origin (a path or URL), without query or fragment."""
    base = re.split(r"[?#]", origin, maxsplit=1)[0] if _URL_SCHEME.match(origin) else origin.split("#", 1)[0]
    return base.rstrip("/").rsplit("/", 1)[-1].lower()


def _url_of(origin: str) -> str | None:
    return origin if origin.lower().startswith(("http://", "https://")) else None


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*\"?([\w.:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def _sniff(data: bytes, name: str, content_type: str | None) -> Format:
    """Decide the format: a specific content type, then the extension, then the first bytes."""
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in _CONTENT_TYPES:
            return _CONTENT_TYPES[mime]
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if _FEED_ROOT.search(head[:2048]) and (
        head.startswith(b"<?xml") or head[:5].lower() in (b"<rss ", b"<feed")
    ):
        return "feed"
    if _HTML_START.search(head[:1024]):
        return "html"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0].strip()
        if first.endswith(b"}"):
            return "jsonl"
    return "text"


def _read_stdin(settings: Settings) -> Iterator[Output]:
    limit = settings.max_document_bytes
    try:
        data = sys.stdin.buffer.read(limit + 1)
    except (OSError, ValueError, AttributeError) as exc:
        yield Rejection(STDIN, f"cannot read standard input: {exc}")
        return
    if len(data) > limit:
        yield Rejection(STDIN, f"standard input is over the limit of {limit:,} bytes (max_document_bytes)")
        return
    yield from read_bytes(data, STDIN, settings)


def _read_url(url: str, settings: Settings, transport: httpx.BaseTransport | None) -> Iterator[Output]:
    try:
        fetched = fetch_url(url, settings, transport=transport)
    except InputError as exc:
        yield Rejection(url, exc.reason)
        return
    yield from _read_bytes(fetched.content, url, settings, fetched.content_type, fetched.url)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory`` in sorted order, skipping hidden files and folders."""
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        else:
            yield entry


def _read_path(path: Path, settings: Settings) -> Iterator[Output]:
    origin = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield Rejection(origin, "no such file or directory")
        return
    except PermissionError:
        yield Rejection(origin, "permission denied")
        return
    except OSError as exc:
        yield Rejection(origin, f"cannot read: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(info.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            yield Rejection(origin, "permission denied: cannot list the directory")
            return
        for child in _walk(path):
            yield from _read_path(child, settings)
        return
    if not stat.S_ISREG(info.st_mode):
        yield Rejection(origin, "not a regular file")
        return
    try:
        yield from _read_file(path, origin, info.st_size, settings)
    except PermissionError:
        yield Rejection(origin, "permission denied")
    except OSError as exc:
        yield Rejection(origin, f"cannot read: {exc.strerror or exc}")


def _read_file(path: Path, origin: str, size: int, settings: Settings) -> Iterator[Output]:
    limit = settings.max_document_bytes
    name = path.name.lower()
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        yield Rejection(origin, "the file is empty (0 bytes)")
        return
    fmt = _sniff(head, name, None)
    if fmt == "warc" or (head[:2] == GZIP_MAGIC and _looks_like_gzipped_warc(head)):

        def open_archive() -> BinaryIO:
            return path.open("rb")

        yield from read_warc(open_archive, origin, settings, _payload_reader(settings))
        return
    if fmt == "jsonl" and head[:2] != GZIP_MAGIC:
        with path.open("rb") as stream:
            yield from read_jsonl(stream, origin, settings)
        return
    if size > limit:
        yield Rejection(
            origin,
            f"file is {size:,} bytes, over the limit of {limit:,} bytes (max_document_bytes); not read",
        )
        return
    yield from read_bytes(path.read_bytes(), origin, settings)
