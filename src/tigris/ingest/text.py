"""Plain text and Markdown, with an optional front-matter block at the very top::

    ---
    title: Protesters return to Tahrir Square
    published: 2019-10-25
    source: Iraq Notebook
    url: https://…
    author: …
    kind: blog
    id: notebook-2019-10-25
    ---
    text …

Only flat ``key: value`` lines are read (no nesting, no lists); quotes around a value are removed.
Without front matter, a blog-style header (a date line and a title line) is recognised by
:func:`tigris.ingest.make_document`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tigris.errors import EmptyInput
from tigris.ingest.dates import parse_published, to_zone
from tigris.ingest.document import make_document
from tigris.settings import Settings
from tigris.types import Document

_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FENCE = re.compile(r"^(?:---|\.\.\.)\s*$")
MAX_FRONT_MATTER_LINES = 100


def parse_front_matter(text: str) -> tuple[dict[str, str], str] | None:
    """Split ``text`` into its front matter (lower-case keys) and the rest; None when there is none."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1 : MAX_FRONT_MATTER_LINES + 1], start=1):
        if _FENCE.match(line):
            return meta, "\n".join(lines[i + 1 :])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY_VALUE.match(line)
        if m is None:
            return None
        value = m.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[m.group("key").lower()] = value
    return None


def read_text(
    text: str, origin: str, settings: Settings, *, url: str | None = None, flags: Iterable[str] = ()
) -> Document:
    """Turn a plain-text or Markdown document into a Document; raises EmptyInput when it has no text."""
    flag_list = list(flags)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = parse_front_matter(text)
    meta, body = found if found is not None else ({}, text)
    if not body.strip():
        raise EmptyInput(origin, "the front matter is followed by no text")
    raw_published = meta.get("published") or meta.get("date")
    published = to_zone(parse_published(raw_published), settings.timezone)
    if raw_published and published is None:
        flag_list.append("unparsed-published")
    return make_document(
        body,
        origin,
        title=meta.get("title") or None,
        url=meta.get("url") or url,
        published=published,
        author=meta.get("author") or None,
        source=meta.get("source") or None,
        kind=meta.get("kind") or None,
        external_id=meta.get("id") or None,
        flags=flag_list,
    )
