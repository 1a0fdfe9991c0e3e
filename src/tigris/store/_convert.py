"""Between the core dataclasses of ``tigris.types`` and the column values of the store's rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from typing import Any, Literal

from tigris.types import (
    Citation,
    Comment,
    Document,
    Event,
    Evidence,
    HistoricalItem,
    Rejection,
    Section,
)

from .models import (
    CitationRow,
    CommentRow,
    DocumentRow,
    EventRow,
    EvidenceRow,
    HistoryRow,
    RejectionRow,
)

Values = dict[str, Any]

# Event fields kept in a child table rather than a column of ``events``.
EVENT_CHILD_FIELDS = frozenset({"evidence"})
# Event fields held as JSON lists.
EVENT_LIST_FIELDS = frozenset({"sources", "unresolved"})
# Event fields an analyst may not change: they say where the event comes from.
EVENT_FIXED_FIELDS = frozenset({"event_id", "doc_id", "evidence"})


@functools.lru_cache(maxsize=1)
def event_field_names() -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(Event))


@functools.lru_cache(maxsize=1)
def event_column_names() -> tuple[str, ...]:
    return tuple(name for name in event_field_names() if name not in EVENT_CHILD_FIELDS)


@functools.lru_cache(maxsize=1)
def editable_event_fields() -> tuple[str, ...]:
    return tuple(name for name in event_field_names() if name not in EVENT_FIXED_FIELDS)


@functools.lru_cache(maxsize=1)
def _event_hints() -> dict[str, Any]:
    return typing.get_type_hints(Event)


def _as_date(value: dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


# ---------------------------------------------------------------- documents


def document_values(doc: Document) -> Values:
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "text": doc.text,
        "origin": doc.origin,
        "title": doc.title,
        "url": doc.url,
        "published": doc.published,
        "author": doc.author,
        "language": doc.language,
        "source": doc.source,
        "kind": doc.kind,
        "sections": [
            {"kind": s.kind, "start": s.start, "end": s.end, "label": s.label} for s in doc.sections
        ],
        "flags": list(doc.flags),
    }


def citation_values(citation: Citation) -> Values:
    return {
        "raw": citation.raw,
        "outlet": citation.outlet,
        "author": citation.author,
        "title": citation.title,
        "date": _as_date(citation.date),
        "date_precision": citation.date_precision,
        "medium": citation.medium,
        "url": citation.url,
        "handle": citation.handle,
        "extra": list(citation.extra),
    }


def comment_values(comment: Comment) -> Values:
    return {
        "author": comment.author,
        "text": comment.text,
        "start_char": comment.start,
        "end_char": comment.end,
    }


def history_values(item: HistoricalItem) -> Values:
    return {
        "month": item.month,
        "day": item.day,
        "year": item.year,
        "text": item.text,
        "fatalities_low": item.fatalities_low,
        "fatalities_high": item.fatalities_high,
        "source_label": item.source_label,
    }


def row_values(row: object, keys: typing.Iterable[str]) -> Values:
    return {key: getattr(row, key) for key in keys}


def document_children(doc: Document) -> tuple[list[Values], list[Values], list[Values]]:
    return (
        [citation_values(c) for c in doc.citations],
        [comment_values(c) for c in doc.comments],
        [history_values(h) for h in doc.history],
    )


def stored_children(row: DocumentRow) -> tuple[list[Values], list[Values], list[Values]]:
    return (
        [citation_values(citation_from_row(c)) for c in row.citations],
        [comment_values(comment_from_row(c)) for c in row.comments],
        [history_values(history_from_row(h)) for h in row.history],
    )


def citation_from_row(row: CitationRow) -> Citation:
    return Citation(
        raw=row.raw,
        outlet=row.outlet,
        author=row.author,
        title=row.title,
        date=row.date,
        date_precision=row.date_precision,  # type: ignore[arg-type]
        medium=row.medium,
        url=row.url,
        handle=row.handle,
        extra=tuple(row.extra or ()),
    )


def comment_from_row(row: CommentRow) -> Comment:
    return Comment(author=row.author, text=row.text, start=row.start_char, end=row.end_char)


def history_from_row(row: HistoryRow) -> HistoricalItem:
    return HistoricalItem(
        month=row.month,
        day=row.day,
        year=row.year,
        text=row.text,
        fatalities_low=row.fatalities_low,
        fatalities_high=row.fatalities_high,
        source_label=row.source_label,
    )


def document_from_row(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        content_hash=row.content_hash,
        text=row.text,
        origin=row.origin,
        title=row.title,
        url=row.url,
        published=row.published,
        author=row.author,
        language=row.language,
        source=row.source,
        kind=row.kind,  # type: ignore[arg-type]
        sections=tuple(
            Section(kind=s["kind"], start=s["start"], end=s["end"], label=s.get("label", ""))
            for s in row.sections or ()
        ),
        citations=tuple(citation_from_row(c) for c in row.citations),
        comments=tuple(comment_from_row(c) for c in row.comments),
        history=tuple(history_from_row(h) for h in row.history),
        flags=tuple(row.flags or ()),
    )


# ---------------------------------------------------------------- events


def event_values(event: Event) -> Values:
    """Column values of ``events`` for one event (evidence excluded)."""
    values: Values = {}
    for name in event_column_names():
        value = getattr(event, name)
        if name in EVENT_LIST_FIELDS:
            value = list(value)
        elif name in ("date", "date_end"):
            value = _as_date(value)
        values[name] = value
    return values


def evidence_values(event: Event) -> list[Values]:
    return [
        {"doc_id": e.doc_id, "start_char": e.start, "end_char": e.end, "text": e.text} for e in event.evidence
    ]


def stored_event_values(row: EventRow) -> Values:
    return event_values(event_from_row(row))


def stored_evidence_values(row: EventRow) -> list[Values]:
    return evidence_values(event_from_row(row))


def evidence_rows(event: Event) -> list[EvidenceRow]:
    return [EvidenceRow(position=i, **values) for i, values in enumerate(evidence_values(event))]


def event_from_row(row: EventRow) -> Event:
    kwargs: Values = {}
    for name in event_column_names():
        value = getattr(row, name)
        if name in EVENT_LIST_FIELDS:
            value = tuple(value or ())
        kwargs[name] = value
    kwargs["evidence"] = tuple(
        Evidence(doc_id=e.doc_id, start=e.start_char, end=e.end_char, text=e.text) for e in row.evidence
    )
    return Event(**kwargs)


def rejection_from_row(row: RejectionRow) -> Rejection:
    return Rejection(origin=row.origin, reason=row.reason, stage=row.stage, content_hash=row.content_hash)


# ---------------------------------------------------------------- analyst edits


def as_text(value: object) -> str | None:
    """How a field's value is written in the audit log."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return json.dumps(list(value), ensure_ascii=False)
    return str(value)


def coerce_event_value(name: str, value: object) -> object:
    """``value`` as the type of the Event field ``name``; ValueError when it cannot be one.

    Values from forms arrive as text: ``"3"`` becomes 3 for ``fatalities``, ``"2019-10-25"`` a
    date for ``date``, ``""`` None for an optional field that is not text.
    """
    hint = _event_hints()[name]
    options = typing.get_args(hint) if _is_union(hint) else (hint,)
    optional = type(None) in options
    kinds = [o for o in options if o is not type(None)]
    kind = kinds[0] if len(kinds) == 1 else None
    if value is None or (value == "" and optional and kind is not str):
        if optional:
            return None
        raise ValueError(f"event field {name!r} cannot be empty")
    try:
        if typing.get_origin(kind) is Literal:
            allowed = typing.get_args(kind)
            if value not in allowed:
                raise ValueError(f"{value!r} is not one of {', '.join(map(repr, allowed))}")
            return value
        if kind is str:
            if not isinstance(value, str):
                raise ValueError(f"expected text, got {type(value).__name__}")
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise ValueError(f"expected a whole number, got {value!r}")
            return int(value)
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise ValueError(f"expected a number, got {value!r}")
            return float(value)
        if kind is dt.date:
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            if isinstance(value, str):
                return dt.date.fromisoformat(value)
            raise ValueError(f"expected a date, got {value!r}")
        if typing.get_origin(kind) is tuple:
            if isinstance(value, str) or not isinstance(value, tuple | list):
                raise ValueError(f"expected a list of text, got {value!r}")
            if not all(isinstance(v, str) for v in value):
                raise ValueError("expected a list of text")
            return tuple(value)
    except ValueError as exc:
        raise ValueError(f"event field {name!r}: {exc}") from exc
    raise ValueError(f"event field {name!r} cannot be edited")


def _is_union(hint: object) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)
