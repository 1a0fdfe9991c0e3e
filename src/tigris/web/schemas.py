"""The JSON shapes of the workbench's API (pydantic models; they also feed the HTML templates)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from tigris.types import Event


class EvidenceOut(BaseModel):
    doc_id: str
    start: int
    end: int
    text: str


class EventOut(BaseModel):
    """One coded event (ACLED and PLOVER fields), with its evidence."""

    event_id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    date: dt.date | None
    date_precision: str | None
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
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: list[EvidenceOut] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    notes: str = ""
    review_status: str = "auto"
    extractor: str = ""

    @classmethod
    def of(cls, event: Event) -> EventOut:
        data = {
            name: getattr(event, name) for name in cls.model_fields if name not in ("evidence", "sources")
        }
        return cls(
            **data,
            evidence=[
                EvidenceOut(doc_id=e.doc_id, start=e.start, end=e.end, text=e.text) for e in event.evidence
            ],
            sources=list(event.sources),
        )


class FacetValue(BaseModel):
    value: str
    count: int


class EventPage(BaseModel):
    """One page of a filtered, sorted event listing."""

    total: int
    limit: int
    offset: int
    sort: str
    items: list[EventOut]


class Facets(BaseModel):
    total: int
    facets: dict[str, list[FacetValue]]


class Segment(BaseModel):
    """A run of a document's text; ``evidence`` is the position of the evidence it shows, if any."""

    text: str
    evidence: int | None = None


class SourceDocument(BaseModel):
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.datetime | None
    segments: list[Segment]
    missing: bool = False


class AuditOut(BaseModel):
    user: str
    at: dt.datetime
    field: str
    old: str | None
    new: str | None


class EventDetail(BaseModel):
    event: EventOut
    documents: list[SourceDocument]
    audit: list[AuditOut]
    notes_html: str = ""


class MapPointOut(BaseModel):
    event_id: str
    lat: float
    lon: float
    event_type: str
    sub_event_type: str
    date: dt.date | None
    location: str | None
    fatalities: int


class GovernorateCount(BaseModel):
    events: int
    fatalities: int


class MapData(BaseModel):
    """Located events for the map (capped at ``limit``, most recent first) and counts per governorate."""

    total: int
    shown: int
    limit: int
    points: list[MapPointOut]
    governorates: dict[str, GovernorateCount]


class TimelineSeries(BaseModel):
    event_type: str
    events: list[int]
    fatalities: list[int]


class Timeline(BaseModel):
    """Counts per period (``week``: the Monday that starts it; ``month``: YYYY-MM) and event type."""

    interval: Literal["week", "month"]
    periods: list[str]
    series: list[TimelineSeries]
    truncated: bool = False


class Membership(BaseModel):
    actor: str
    actor_name: str | None = None
    role: str | None = None
    start: str | None = None
    end: str | None = None


class DyadMonth(BaseModel):
    month: str
    events: int
    cooperative: int
    conflictual: int
    score: int
    flip: bool


class Dyad(BaseModel):
    """An actor's events with one counterpart, by month; ``score`` is cooperative minus conflictual."""

    counterpart: str
    counterpart_id: str | None
    events: int
    months: list[DyadMonth]
    flips: list[str]


class ActorOut(BaseModel):
    id: str
    name: str
    acled_name: str | None = None
    kind: str | None = None
    inter: int | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    memberships: list[Membership] = Field(default_factory=list)
    source: str | None = None
    events_total: int
    events: list[EventOut]
    dyads: list[Dyad]


class HistoryOut(BaseModel):
    doc_id: str
    year: int | None
    text: str
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    source_label: str = ""


class OnThisDay(BaseModel):
    date: dt.date
    history: list[HistoryOut]
    events: list[EventOut]


class ReviewResult(BaseModel):
    event: EventOut
    created: EventOut | None = None


class EditRequest(BaseModel):
    changes: dict[str, str | int | float | None] = Field(
        description='event fields and their new values, e.g. {"fatalities": 3, "admin1": "Basra"}'
    )


class MergeRequest(BaseModel):
    others: list[str] = Field(
        min_length=1, max_length=50, description="ids of the events folded into this one"
    )


class SplitRequest(BaseModel):
    evidence: list[int] = Field(
        min_length=1, max_length=200, description="positions of the evidence moved out"
    )


class SessionOut(BaseModel):
    user: str | None
    role: str | None
    csrf_token: str


class LoginRequest(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class ErrorOut(BaseModel):
    detail: str


class ActorCount(BaseModel):
    actor: str
    events: int


class SummaryOut(BaseModel):
    documents: int
    events: int
    rejections: int
    events_by_type: dict[str, int]
    top_actors: list[ActorCount]
