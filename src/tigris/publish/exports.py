"""Export formats of the event record.

Every format is written by :func:`write_events` from the same :class:`~tigris.types.Event` values:

``jsonl``
    one :func:`event_to_record` object per line: the contract that ``tigris extract --format jsonl``
    keeps for other tools (every Event field in dataclass order, dates as ISO strings, tuples as
    lists, evidence as ``{doc_id, start, end, text}`` objects).
``table``
    a Rich table for people at a terminal; plain text, no colour, when the output is a file or pipe.
``csv``
    every Event field as a column; evidence is the sentence texts and list fields are joined by
    ``" | "``. Both CSV formats end lines with CRLF (RFC 4180).
``acled-csv``
    ACLED's public export columns, names and order (:data:`ACLED_COLUMNS`).
``plover-json``
    a JSON array of PLOVER event objects.
``geojson``
    a FeatureCollection of Point features; events without coordinates are listed, with their count,
    in the collection's top-level ``properties`` instead of being dropped.

Output is deterministic (the same events give the same bytes) and UTF-8 text is written as is
(Arabic names are not escaped). CSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tigris.types import Event, Evidence

FORMATS: tuple[str, ...] = ("jsonl", "table", "csv", "acled-csv", "plover-json", "geojson")

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

# ACLED's disorder type for each event type.
_DISORDER_TYPES: Mapping[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_EXCESSIVE_FORCE = "Excessive force against protesters"
_CIVILIANS_INTER = 7

# ISO 3166-1 numeric code and ACLED region, by country name as tigris's gazetteer writes it.
_COUNTRIES: Mapping[str, tuple[int, str]] = {
    "Iraq": (368, "Middle East"),
    "Iran": (364, "Middle East"),
    "Syria": (760, "Middle East"),
    "Turkey": (792, "Middle East"),
    "Kuwait": (414, "Middle East"),
    "Saudi Arabia": (682, "Middle East"),
    "Jordan": (400, "Middle East"),
    "United States": (840, "North America"),
}

# ACLED: 1 the exact day, 2 within a week or a few days, 3 only the month (or less) is known.
_TIME_PRECISION: Mapping[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}

# A cell starting with one of these is read as a formula by spreadsheet programs.
_FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

_LIST_SEPARATOR = " | "
# Widest table written to a file or a pipe: fixed, so that the output does not depend on the terminal
# that ran the command, and wide enough that each event stays on one line (easy to grep).
_TABLE_WIDTH = 400

Cell = str | int | float | None


# --------------------------------------------------------------------------- records (JSON)


def _jsonable(value: object) -> object:
    """A JSON-ready copy of one Event field value."""
    if isinstance(value, dt.date):  # dt.datetime is a dt.date too
        return value.isoformat()
    if isinstance(value, Evidence):
        return {"doc_id": value.doc_id, "start": value.start, "end": value.end, "text": value.text}
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN or infinity
    return value


def event_to_record(event: Event) -> dict[str, object]:
    """The JSON object of one event: every Event field, in the dataclass's order.

    Dates are ISO strings, tuples are lists, evidence is a list of ``{doc_id, start, end, text}``
    objects and ``doc_id`` names the document the event was coded from. Non-finite floats become
    ``null``.
    """
    return {f.name: _jsonable(getattr(event, f.name)) for f in dataclasses.fields(Event)}


@functools.lru_cache(maxsize=1)
def _event_field_kinds() -> dict[str, str]:
    """Each Event field name with how its JSON value is read back: "date", "tuple" or "plain"."""
    kinds: dict[str, str] = {}
    for f in dataclasses.fields(Event):
        annotation = str(f.type)
        if annotation.startswith("dt.date"):
            kinds[f.name] = "date"
        elif annotation.startswith("tuple["):
            kinds[f.name] = "tuple"
        else:
            kinds[f.name] = "plain"
    return kinds


def event_from_record(record: Mapping[str, object]) -> Event:
    """Read back an object written by :func:`event_to_record` (unknown keys are ignored).

    Raises ValueError when a field the Event needs is missing or a value has the wrong shape.
    """
    values: dict[str, object] = {}
    try:
        for name, kind in _event_field_kinds().items():
            if name not in record:
                continue
            value = record[name]
            if kind == "date" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            elif name == "evidence" and isinstance(value, list):
                value = tuple(
                    Evidence(doc_id=e["doc_id"], start=e["start"], end=e["end"], text=e["text"])
                    for e in value
                )
            elif kind == "tuple" and isinstance(value, list):
                value = tuple(value)
            values[name] = value
        return Event(**values)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not an event record: {exc}") from exc


def _write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event_to_record(event), ensure_ascii=False, sort_keys=False))
        out.write("\n")
        count += 1
    return count


def _dump_json(document: object, out: TextIO) -> None:
    out.write(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False))
    out.write("\n")


# --------------------------------------------------------------------------- PLOVER and GeoJSON


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _evidence_text(event: Event, separator: str) -> str:
    return separator.join(e.text for e in event.evidence)


def _plover_object(event: Event) -> dict[str, object]:
    return {
        "id": event.event_id,
        "date": event.date.isoformat() if event.date else None,
        "event": event.plover_type,
        "mode": event.plover_mode,
        "context": [],
        "source": event.actor1,
        "source_actor_id": event.actor1_id,
        "target": event.actor2,
        "target_actor_id": event.actor2_id,
        "location": {
            "name": event.location,
            "admin1": event.admin1,
            "country": event.country,
            "lat": _finite(event.latitude),
            "lon": _finite(event.longitude),
            "geo_precision": event.geo_precision,
        },
        "fatalities": {
            "low": event.fatalities_low,
            "high": event.fatalities_high,
            "conservative": event.fatalities,
        },
        "injured": event.injured,
        "modality": event.modality,
        "text": _evidence_text(event, " "),
        "doc_id": event.doc_id,
        "confidence": _finite(event.confidence),
    }


def _write_plover(events: Iterable[Event], out: TextIO) -> int:
    objects = [_plover_object(event) for event in events]
    _dump_json(objects, out)
    return len(objects)


def _write_geojson(events: Iterable[Event], out: TextIO) -> int:
    features: list[dict[str, object]] = []
    without: list[str] = []
    count = 0
    for event in events:
        count += 1
        lat, lon = _finite(event.latitude), _finite(event.longitude)
        if lat is None or lon is None:
            without.append(event.event_id)
            continue
        features.append(
            {
                "type": "Feature",
                "id": event.event_id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": event_to_record(event),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "properties": {"without_coordinates": len(without), "event_ids_without_coordinates": without},
        "features": features,
    }
    _dump_json(collection, out)
    return count


# --------------------------------------------------------------------------- CSV


def _neutralise(cell: Cell) -> Cell:
    """Keep a spreadsheet from running a text cell as a formula; numbers are left as they are."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def _csv_cell(value: object) -> Cell:
    """One Event field value as a CSV cell (lists joined by `` | ``, evidence by its sentences)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return _LIST_SEPARATOR.join(
            item.text if isinstance(item, Evidence) else str(_csv_cell(item)) for item in value
        )
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str | int):
        return value
    return str(value)


def _write_rows(
    events: Iterable[Event], out: TextIO, header: tuple[str, ...], row: Callable[[Event], list[Cell]]
) -> int:
    # RFC 4180 line ends: the writer then quotes any cell holding a carriage return or a newline.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for event in events:
        writer.writerow([_neutralise(cell) for cell in row(event)])
        count += 1
    return count


def _csv_row(event: Event) -> list[Cell]:
    return [_csv_cell(getattr(event, f.name)) for f in dataclasses.fields(Event)]


def _disorder_type(event: Event) -> str:
    if event.event_type == "Protests" and event.sub_event_type == _EXCESSIVE_FORCE:
        return "Political violence; Demonstrations"
    return _DISORDER_TYPES.get(event.event_type, "")


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, smaller first (16); one side alone gives 60."""
    codes = sorted(code for code in (inter1, inter2) if code is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def _acled_row(event: Event) -> list[Cell]:
    iso, region = _COUNTRIES.get(event.country or "", (None, ""))
    notes = " ".join(part for part in (_evidence_text(event, " "), event.notes) if part)
    by_column: dict[str, Cell] = {
        "event_id_cnty": event.event_id,
        "event_date": event.date.isoformat() if event.date else None,
        "year": event.date.year if event.date else None,
        "time_precision": _TIME_PRECISION.get(event.date_precision or ""),
        "disorder_type": _disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2,
        "interaction": _interaction(event.inter1, event.inter2),
        "civilian_targeting": "Civilian targeting" if event.inter2 == _CIVILIANS_INTER else "",
        "iso": iso,
        "region": region,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "admin3": "",
        "location": event.location,
        "latitude": _finite(event.latitude),
        "longitude": _finite(event.longitude),
        "geo_precision": event.geo_precision,
        "source": "; ".join(event.sources),
        "source_scale": "",
        "notes": notes,
        "fatalities": event.fatalities,
        "tags": "",
        "timestamp": "",
    }
    return [by_column[column] for column in ACLED_COLUMNS]


# --------------------------------------------------------------------------- table


def _table_date(event: Event) -> str:
    if event.date is None:
        return ""
    shown = {"month": event.date.strftime("%Y-%m"), "year": str(event.date.year)}.get(
        event.date_precision or "", event.date.isoformat()
    )
    if event.date_end is not None and event.date_end != event.date:
        shown += f" to {event.date_end.isoformat()}"
    return shown


def _table_fatalities(event: Event) -> str:
    shown = str(event.fatalities)
    low, high = event.fatalities_low, event.fatalities_high
    if high is not None and high != event.fatalities:
        shown += f" ({low if low is not None else '?'}-{high})"
    return shown


def _is_terminal(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    if isatty is None:
        return False
    try:
        return bool(isatty())
    except ValueError:  # a closed stream
        return False


def _write_table(events: Iterable[Event], out: TextIO) -> int:
    terminal = _is_terminal(out)
    if terminal:
        console = Console(file=out, force_terminal=True, highlight=False)
    else:
        # A file or a pipe: plain text, fixed width, whatever the environment says about colour.
        console = Console(
            file=out,
            force_terminal=False,
            color_system=None,
            no_color=True,
            width=_TABLE_WIDTH,
            height=25,
            legacy_windows=False,
            highlight=False,
            emoji=False,
        )
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold" if terminal else None)
    for name in ("date", "type/sub-type", "actor1", "actor2", "location", "admin1"):
        table.add_column(name)
    table.add_column("fatalities", justify="right")
    table.add_column("modality")
    count = 0
    for event in events:
        cells = (
            _table_date(event),
            f"{event.event_type} / {event.sub_event_type}",
            event.actor1 or "",
            event.actor2 or "",
            event.location or "",
            event.admin1 or "",
            _table_fatalities(event),
            event.modality,
        )
        # Text objects, so that brackets in a name are shown, never read as Rich markup.
        table.add_row(*(Text(cell) for cell in cells))
        count += 1
    console.print(table)
    return count


# --------------------------------------------------------------------------- entry point


def _writers() -> dict[str, Callable[[Iterable[Event], TextIO], int]]:
    return {
        "jsonl": _write_jsonl,
        "table": _write_table,
        "csv": lambda events, out: _write_rows(
            events, out, tuple(f.name for f in dataclasses.fields(Event)), _csv_row
        ),
        "acled-csv": lambda events, out: _write_rows(events, out, ACLED_COLUMNS, _acled_row),
        "plover-json": _write_plover,
        "geojson": _write_geojson,
    }


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write ``events`` to ``out`` in the format ``fmt`` (one of :data:`FORMATS`).

    Returns the number of events written. For ``geojson`` that count includes the events without
    coordinates, which are listed in the collection's ``properties`` rather than as features.
    Raises ValueError, naming the valid formats, when ``fmt`` is not one of them.
    """
    writer = _writers().get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writer(events, out)
