"""Core types that travel through the pipeline.

Every type is a frozen dataclass. ORM rows never leave ``tigris.store``; pydantic is used only at
the edges (settings, web I/O). Each record carries its provenance: the document it came from and,
where it applies, the character offsets and the stage that produced it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

SectionKind = Literal["title", "body", "sources", "comments", "widget"]
DocumentKind = Literal["news", "blog", "feed item", "tweet", "report", "web page"]
Modality = Literal["asserted", "planned", "claimed", "denied", "hypothetical", "historical"]
DatePrecision = Literal["day", "week", "month", "year"]
ReviewStatus = Literal["auto", "confirmed", "edited", "rejected"]


@dataclass(frozen=True)
class Section:
    """A slice of a document's ``text``: ``text[start:end]`` is the section."""

    kind: SectionKind
    start: int
    end: int
    label: str = ""  # e.g. the widget heading or the comment author


@dataclass(frozen=True)
class Citation:
    """One entry of a document's sources list."""

    raw: str
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    medium: str | None = None  # news, tweet, journal, report, tv, web
    url: str | None = None
    handle: str | None = None  # a social-media handle, without "@"
    extra: tuple[str, ...] = ()  # continuation lines (a second tweet by the same account, …)


@dataclass(frozen=True)
class Comment:
    """A reader comment: kept with the document, never coded as the article's own assertion."""

    author: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class HistoricalItem:
    """A dated entry of an on-this-day widget or a chronology.

    ``year`` is None when the widget names the day without a year.
    """

    month: int
    day: int
    year: int | None
    text: str
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    source_label: str = ""


@dataclass(frozen=True)
class Document:
    """A piece of reporting, read and split into its parts.

    ``id`` is the caller's id when the input names one (documents-JSONL), otherwise the content hash.
    ``content_hash`` is always the SHA-256 of the normalised text and makes ingest idempotent.
    """

    id: str
    content_hash: str
    text: str
    origin: str  # path, URL or "<stdin>", plus a fragment for records inside a container
    title: str | None = None
    url: str | None = None
    published: dt.datetime | None = None
    author: str | None = None
    language: str | None = None
    source: str | None = None  # the outlet
    kind: DocumentKind = "news"
    sections: tuple[Section, ...] = ()
    citations: tuple[Citation, ...] = ()
    comments: tuple[Comment, ...] = ()
    history: tuple[HistoricalItem, ...] = ()
    flags: tuple[str, ...] = ()  # e.g. "truncated", "decoded:cp1256"

    def section_text(self, kind: SectionKind) -> str:
        return "\n".join(self.text[s.start : s.end] for s in self.sections if s.kind == kind)

    def spans(self, kind: SectionKind) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind == kind)


@dataclass(frozen=True)
class Rejection:
    """An input that could not be turned into a document, with the reason a user can act on."""

    origin: str
    reason: str
    stage: str = "ingest"
    content_hash: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence that states an event, located in its document."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EventMention:
    """What one sentence says about one event, before merging."""

    doc_id: str
    start: int
    end: int
    sentence: str
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    actor1_text: str | None
    actor2_text: str | None
    place_text: str | None
    date_text: str | None
    fatalities_low: int | None
    fatalities_high: int | None
    injured: int | None
    modality: Modality
    extractor: str
    version: str


@dataclass(frozen=True)
class Event:
    """The coded record (ACLED and PLOVER fields), with its evidence and sources."""

    event_id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    date: dt.date | None
    date_precision: DatePrecision | None
    date_end: dt.date | None = None
    location: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    location_id: str | None = None
    actor1: str | None = None
    actor1_id: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    actor2_id: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()
    notes: str = ""
    review_status: ReviewStatus = "auto"
    extractor: str = ""
    date_text: str | None = None
    place_text: str | None = None
    actor1_text: str | None = None
    actor2_text: str | None = None
    unresolved: tuple[str, ...] = field(default=())  # names seen in the evidence but not resolved
