"""Text -> :class:`tigris.types.Document`: normalisation, content hash, structure, language."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import get_args

from tigris.ingest.language import detect_language
from tigris.ingest.structure import analyse
from tigris.types import Document, DocumentKind

_TRAILING_SPACE = re.compile(r"[ \t\f\v]+$", re.MULTILINE)
_KINDS: frozenset[str] = frozenset(get_args(DocumentKind))
# Wire exports sometimes drop the space between a name and the verb of a headline ("Islamic
# Statekills five", "Peshmerga killsIslamic State fighter"). Only these violent verbs are split off,
# and only from a capitalised word of three letters or more that is not a prefix of a real compound
# ("Counterattacks" stays whole; "Skills", "Unskilled" and "Upskilled" are words of skill).
_GLUED_VERBS = (
    r"(?:kill(?:s|ed)|attack(?:s|ed)|seize[sd]|kidnap(?:s|ped)|abduct(?:s|ed)|execute[sd]|behead(?:s|ed))"
)
_NAME_THEN_VERB = re.compile(
    rf"\b(?![A-Za-z]*?skill)(?!(?i:counter|over|road|re)[a-z]*{_GLUED_VERBS}\b)([A-Z][a-z]{{2,}})(?={_GLUED_VERBS}\b)"
)
_VERB_THEN_NAME = re.compile(rf"(?<![A-Za-z])({_GLUED_VERBS})(?=[A-Z][a-z])")


def _unglued(text: str) -> str:
    """A space put back between a name and a violent verb the export ran together."""
    text = _NAME_THEN_VERB.sub(r"\1 ", text)
    return _VERB_THEN_NAME.sub(r"\1 ", text)


def normalise_text(text: str) -> str:
    """NFC, one kind of line break, no trailing spaces, no blank lines at either end, a name and
    the verb glued to it apart."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return _unglued(text).strip("\n")


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: the same text always gives the same hash."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def as_datetime(value: dt.date | dt.datetime | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


def make_document(
    text: str,
    origin: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | dt.datetime | None = None,
    author: str | None = None,
    source: str | None = None,
    kind: str | None = None,
    external_id: str | None = None,
    flags: Iterable[str] = (),
) -> Document:
    """Build a Document from text and whatever metadata the input carried.

    A blog-style header at the top of the text (a date line and a title line) fills
    ``published`` and ``title`` when the caller has none, and makes the kind "blog".
    """
    text = normalise_text(text)
    digest = content_hash(text)
    found = analyse(text, published, title=title)
    header = found.header
    if published is None and header.published is not None:
        published = header.published
        if kind is None:
            kind = "blog"
    if title is None and header.title is not None:
        title = header.title
    if not title:
        title = None
    body = "\n".join(text[s.start : s.end] for s in found.sections if s.kind == "body")
    chosen_kind: DocumentKind = kind if kind in _KINDS else "news"  # type: ignore[assignment]
    return Document(
        id=external_id or digest[:16],
        content_hash=digest,
        text=text,
        origin=origin,
        title=title.strip() if title else None,
        url=url or None,
        published=as_datetime(published),
        author=author or None,
        language=detect_language(body if len(body) >= 40 else text),
        source=source or None,
        kind=chosen_kind,
        sections=tuple(found.sections),
        citations=tuple(found.citations),
        comments=tuple(found.comments),
        history=tuple(found.history),
        flags=tuple(dict.fromkeys(flags)),
    )
