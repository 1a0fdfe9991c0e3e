"""The workbench's service layer: what every page and every API route calls.

Each function takes an open store and returns the API's pydantic models (``tigris.web.schemas``),
so a page and its JSON twin always show the same data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any, Literal, TextIO, cast

import nh3
import numpy as np
import orjson
from markdown_it import MarkdownIt

from tigris.publish.exports import event_to_record, write_events
from tigris.resolve.kb import knowledge_base
from tigris.store import Store
from tigris.store import queries as sq
from tigris.store.columns import EventColumns, LiveColumns, Mask
from tigris.store.queries import ActorEventRow, EventFilter
from tigris.types import Event

from .schemas import (
    ActorOut,
    AuditOut,
    Dyad,
    DyadMonth,
    EventDetail,
    EventOut,
    EventPage,
    Facets,
    FacetValue,
    HistoryOut,
    MapData,
    Membership,
    OnThisDay,
    ReviewResult,
    Segment,
    SourceDocument,
    Timeline,
    TimelineSeries,
)

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAP_DEFAULT_LIMIT = 2000
MAP_MAX_LIMIT = 10_000
MAX_PERIODS = 2000
ACTOR_EVENTS = 50
DYADS_SHOWN = 8
CACHE_SIZE = 512

# Export formats offered to analysts: name -> (writer format, media type, file extension).
EXPORTS: Mapping[str, tuple[str, str, str]] = {
    "csv": ("csv", "text/csv; charset=utf-8", "csv"),
    "acled-csv": ("acled-csv", "text/csv; charset=utf-8", "csv"),
    "json": ("json", "application/json", "json"),
    "geojson": ("geojson", "application/geo+json", "geojson"),
}

# What makes an event between two actors cooperative or conflictual, for the dyad scores.
COOPERATIVE_PLOVER = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
COOPERATIVE_SUB_TYPES = frozenset({"Agreement"})
CONFLICT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
CONFLICT_SUB_TYPES = frozenset({"Excessive force against protesters", "Protest with intervention"})
CONFLICT_PLOVER = frozenset({"FIGHT", "ASSAULT", "COERCE", "THREATEN"})

ReviewAction = Literal["confirm", "reject", "edit", "merge", "split"]


class NotFound(LookupError):
    """The event or actor asked for does not exist."""


def parse_sort(sort: str) -> tuple[str, bool]:
    """``"-date"`` -> ("date", descending). Raises ValueError for a column that cannot be sorted on."""
    descending = sort.startswith("-")
    column = sort[1:] if descending else sort
    if column not in sq.SORTABLE:
        raise ValueError(
            f"cannot sort on that column; choose one of: {', '.join(sq.SORTABLE)} (prefix - to reverse)"
        )
    return column, descending


class ResultCache:
    """Counts, facets and map data already computed, each under the store's data version.

    A result is only reused while the data version (bumped by the database on every write to
    events, evidence or documents) is the one it was computed under, so an edit, a merge or a new
    document is seen by the next request. At most ``size`` results are kept, least recently used
    dropped first. Safe to share between the threads of one process.
    """

    def __init__(self, size: int = CACHE_SIZE, *, columns: LiveColumns | None = None) -> None:
        self._size = size
        # The event columns held in memory, which answer most listings, facets and maps without SQL.
        self.columns = columns
        self._items: OrderedDict[tuple[Any, ...], object] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: tuple[Any, ...]) -> object | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[Any, ...], value: object) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def _cached(
    store: Store, cache: ResultCache | None, key: tuple[Any, ...], compute: Any, *, version: int | None = None
) -> Any:
    """``compute()``, or the result cached for ``key`` at the store's current data version
    (``version``, when the caller has just read it)."""
    if cache is None:
        return compute()
    if version is None:
        version = sq.data_version(store)
    if version is None:
        return compute()
    full = (*key, version)
    found = cache.get(full)
    if found is not None:
        return found
    # The version is read before computing: the result is at least as new as the version it is
    # kept under, so a reader never gets data older than the version it asked for.
    value = compute()
    cache.put(full, value)
    return value


def _in_memory(store: Store, cache: ResultCache | None, f: EventFilter) -> tuple[EventColumns, Mask] | None:
    """The event columns at the store's current data version and the events matching ``f`` in them,
    or None when no current columns are held.

    A text filter is asked of the database, and which events it found is kept in the cache, one
    bit an event: the page, its facets and the map of one search all ask for it, and so does each
    further page."""
    if cache is None or cache.columns is None:
        return None
    version = sq.data_version(store)
    columns = cache.columns.get(store, version)
    if columns is None:
        return None
    text = columns.text_part(f)
    if text is None:
        return columns, columns.mask(f)
    packed = _cached(
        store,
        cache,
        ("text-found", text),
        lambda: np.packbits(columns.found(sq.event_rowids(store, text))),
        version=columns.version,
    )
    found = np.unpackbits(packed, count=columns.size).view(np.bool_)
    return columns, columns.mask(f, found)


def resolve_actor(store: Store, f: EventFilter) -> EventFilter:
    """``f`` with its actor value turned into actor ids where it names a known actor.

    An actor id of the knowledge base or of a stored event, an actor's ACLED name, name or alias
    (exact, ignoring case and spelling marks) all become the actor's id, matched against actor1 and
    actor2 ids; anything else stays a piece of a name to look for in the actor columns.
    """
    if not f.actor or f.actor_ids:
        return f
    value = f.actor
    kb = knowledge_base()
    actor = kb.actor(value)
    if actor is not None or sq.actor_id_known(store, value):
        return dataclasses.replace(f, actor_ids=(value,))
    actor = kb.by_acled_name(value) or kb.find_actor(value, fuzzy=False)
    if actor is not None:
        return dataclasses.replace(f, actor_ids=(actor.id,))
    return f


# ---------------------------------------------------------------- events


def event_page(
    store: Store,
    f: EventFilter,
    *,
    sort: str,
    limit: int,
    offset: int,
    cache: ResultCache | None = None,
) -> EventPage:
    column, descending = parse_sort(sort)
    f = resolve_actor(store, f)
    held = _in_memory(store, cache, f)
    items: list[Event] | None = None
    if held is not None:
        columns, mask = held
        ids = columns.page(mask, sort=column, descending=descending, limit=limit, offset=offset)
        found = sq.events_by_id(store, ids)
        # An event of the page may have gone since the columns were read (a document saved
        # again replaces its events): then the database answers.
        if len(found) == len(ids):
            items, total = found, columns.count(mask)
    if items is None:
        items = sq.list_events(store, f, sort=column, descending=descending, limit=limit, offset=offset)
        total = _cached(store, cache, ("count", f), lambda: sq.count_events(store, f))
    return EventPage(
        total=total,
        limit=limit,
        offset=offset,
        sort=sort,
        items=[EventOut.of(e) for e in items],
    )


def event_facets(store: Store, f: EventFilter, *, cache: ResultCache | None = None) -> Facets:
    f = resolve_actor(store, f)
    held = _in_memory(store, cache, f)
    if held is not None:
        columns, mask = held
        return _facets(columns.count(mask), columns.facets(mask))

    def compute() -> Facets:
        total = _cached(store, cache, ("count", f), lambda: sq.count_events(store, f))
        return _facets(total, sq.facets(store, f))

    return cast(Facets, _cached(store, cache, ("facets", f), compute))


def _facets(total: int, counted: Mapping[str, Sequence[tuple[str, int]]]) -> Facets:
    return Facets(
        total=total,
        facets={name: [FacetValue(value=v, count=n) for v, n in values] for name, values in counted.items()},
    )


def _segments(text: str, spans: Sequence[tuple[int, int, int]]) -> list[Segment]:
    """The document text cut around the evidence spans ``(start, end, position)``; overlaps are joined."""
    segments: list[Segment] = []
    cursor = 0
    for start, end, position in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if end <= start:
            continue
        if start > cursor:
            segments.append(Segment(text=text[cursor:start]))
        segments.append(Segment(text=text[start:end], evidence=position))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text=text[cursor:]))
    return segments


def render_notes(text: str) -> str:
    """An analyst's Markdown notes as HTML: raw HTML in the notes is not rendered, and nh3 cleans the rest."""
    if not text.strip():
        return ""
    html = _markdown().render(text)
    return nh3.clean(html, tags={"p", "em", "strong", "code", "ul", "ol", "li", "a", "blockquote", "br"})


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False})


def event_detail(store: Store, event_id: str) -> EventDetail:
    event = store.event(event_id)
    if event is None:
        raise NotFound("event")
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for position, evidence in enumerate(event.evidence):
        spans[evidence.doc_id].append((evidence.start, evidence.end, position))
    doc_ids = list(dict.fromkeys([*spans, event.doc_id]))
    found = sq.documents_by_id(store, doc_ids)
    documents = []
    for doc_id in doc_ids:
        doc = found.get(doc_id)
        if doc is None:
            documents.append(
                SourceDocument(
                    doc_id=doc_id,
                    title=None,
                    source=None,
                    url=None,
                    published=None,
                    segments=[],
                    missing=True,
                )
            )
            continue
        documents.append(
            SourceDocument(
                doc_id=doc_id,
                title=doc.title,
                source=doc.source,
                url=doc.url,
                published=doc.published,
                segments=_segments(doc.text, spans.get(doc_id, [])),
            )
        )
    audit = [
        AuditOut(user=a.user, at=a.at, field=a.field, old=a.old, new=a.new) for a in store.audit(event_id)
    ]
    return EventDetail(
        event=EventOut.of(event), documents=documents, audit=audit, notes_html=render_notes(event.notes)
    )


def export_events(store: Store, f: EventFilter, *, sort: str, fmt: str) -> tuple[IO[str], str, str]:
    """Every event matching ``f`` in the format ``fmt``: (the file, rewound; media type; file name)."""
    if fmt not in EXPORTS:
        raise ValueError(f"unknown export format; choose one of: {', '.join(EXPORTS)}")
    writer, media_type, extension = EXPORTS[fmt]
    column, descending = parse_sort(sort)
    events = sq.iter_events(store, resolve_actor(store, f), sort=column, descending=descending)
    out: IO[str] = tempfile.SpooledTemporaryFile(max_size=8_000_000, mode="w+", encoding="utf-8", newline="")  # noqa: SIM115  # closed by the response
    if writer == "json":
        _write_json_array(events, out)
    else:
        write_events(events, writer, cast(TextIO, out))
    out.seek(0)
    return out, media_type, f"tigris-events.{extension}"


def _write_json_array(events: Iterable[object], out: IO[str]) -> None:
    out.write("[")
    for i, event in enumerate(events):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(event_to_record(event), ensure_ascii=False))  # type: ignore[arg-type]
    out.write("\n]\n")


def read_chunks(out: IO[str], size: int = 64 * 1024) -> Iterator[bytes]:
    try:
        while chunk := out.read(size):
            yield chunk.encode("utf-8")
    finally:
        out.close()


# ---------------------------------------------------------------- map and timeline


def map_data(store: Store, f: EventFilter, *, limit: int, cache: ResultCache | None = None) -> MapData:
    """Located events for the map (the most recent ``limit``) and counts per governorate."""
    f = resolve_actor(store, f)
    return cast(
        MapData,
        _cached(
            store, cache, ("map", f, limit), lambda: MapData.model_validate(_map_values(store, f, limit))
        ),
    )


def map_json(store: Store, f: EventFilter, *, limit: int, cache: ResultCache | None = None) -> bytes:
    """``map_data`` as the API's JSON document, written straight from the rows: thousands of points
    are the whole cost of the map, so no model is built for each."""
    f = resolve_actor(store, f)
    held = _in_memory(store, cache, f)
    if held is not None:
        columns, mask = held
        return orjson.dumps(_map_fields(*columns.map_summary(mask, limit=limit), limit=limit))
    return cast(
        bytes,
        _cached(store, cache, ("map-json", f, limit), lambda: orjson.dumps(_map_values(store, f, limit))),
    )


def _map_values(store: Store, f: EventFilter, limit: int) -> dict[str, Any]:
    """The fields of ``MapData`` as JSON values."""
    return _map_fields(*sq.map_summary(store, f, limit=limit), limit=limit)


def _map_fields(
    points: Sequence[sq.MapPoint], total: int, governorates: Mapping[str, tuple[int, int]], *, limit: int
) -> dict[str, Any]:
    return {
        "total": total,
        "shown": len(points),
        "limit": limit,
        "points": [
            {
                "event_id": p.event_id,
                "lat": p.latitude,
                "lon": p.longitude,
                "event_type": p.event_type,
                "sub_event_type": p.sub_event_type,
                "date": None if p.date is None else p.date.isoformat(),
                "location": p.location,
                "fatalities": p.fatalities,
            }
            for p in points
        ],
        "governorates": {name: {"events": n, "fatalities": dead} for name, (n, dead) in governorates.items()},
    }


def _period_start(day: dt.date, interval: str) -> dt.date:
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _next_period(day: dt.date, interval: str) -> dt.date:
    if interval == "week":
        return day + dt.timedelta(days=7)
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _label(day: dt.date, interval: str) -> str:
    return day.isoformat() if interval == "week" else day.strftime("%Y-%m")


def timeline(store: Store, f: EventFilter, *, interval: Literal["week", "month"]) -> Timeline:
    """Counts and fatalities per week or month and event type; empty periods in between are zero.

    At most MAX_PERIODS periods are returned (the most recent ones); ``truncated`` says so.
    """
    counts = sq.day_counts(store, resolve_actor(store, f))
    if not counts:
        return Timeline(interval=interval, periods=[], series=[])
    first = _period_start(counts[0].date, interval)
    last = _period_start(counts[-1].date, interval)
    periods: list[dt.date] = []
    current = last
    truncated = False
    while current >= first:
        if len(periods) == MAX_PERIODS:
            truncated = True
            break
        periods.append(current)
        current = _period_start(current - dt.timedelta(days=1), interval)
    periods.reverse()
    index = {p: i for i, p in enumerate(periods)}
    events: dict[str, list[int]] = {}
    dead: dict[str, list[int]] = {}
    for row in counts:
        i = index.get(_period_start(row.date, interval))
        if i is None:
            continue
        events.setdefault(row.event_type, [0] * len(periods))[i] += row.events
        dead.setdefault(row.event_type, [0] * len(periods))[i] += row.fatalities
    return Timeline(
        interval=interval,
        periods=[_label(p, interval) for p in periods],
        series=[TimelineSeries(event_type=t, events=events[t], fatalities=dead[t]) for t in sorted(events)],
        truncated=truncated,
    )


# ---------------------------------------------------------------- actors


def event_tone(event_type: str, sub_event_type: str, plover_type: str) -> int:
    """+1 for a cooperative event (agreements, meetings, support), -1 for a conflictual one
    (violence, force against protesters, coercion), 0 otherwise."""
    if plover_type in COOPERATIVE_PLOVER or sub_event_type in COOPERATIVE_SUB_TYPES:
        return 1
    if event_type in CONFLICT_TYPES or sub_event_type in CONFLICT_SUB_TYPES or plover_type in CONFLICT_PLOVER:
        return -1
    return 0


@dataclass
class _DyadTally:
    name: str
    actor_id: str | None
    months: dict[str, list[int]]  # month -> [events, cooperative, conflictual]


def dyads(actor_id: str, rows: Sequence[ActorEventRow], *, shown: int = DYADS_SHOWN) -> list[Dyad]:
    """The actor's counterparts with monthly counts and cooperation-minus-conflict scores.

    A month is flagged when its score has the opposite sign to the last month with a non-zero score:
    the pair went from cooperating to fighting, or back.
    """
    tallies: dict[str, _DyadTally] = {}
    for row in rows:
        if row.date is None:
            continue
        if row.actor1_id == actor_id:
            other_id, other_name = row.actor2_id, row.actor2
        else:
            other_id, other_name = row.actor1_id, row.actor1
        if not other_name and not other_id:
            continue
        key = other_id or other_name or ""
        tally = tallies.setdefault(key, _DyadTally(name=other_name or key, actor_id=other_id, months={}))
        counts = tally.months.setdefault(row.date.strftime("%Y-%m"), [0, 0, 0])
        counts[0] += 1
        tone = event_tone(row.event_type, row.sub_event_type, row.plover_type)
        if tone > 0:
            counts[1] += 1
        elif tone < 0:
            counts[2] += 1
    result = []
    for tally in tallies.values():
        months: list[DyadMonth] = []
        last_sign = 0
        for month in sorted(tally.months):
            n, coop, conflict = tally.months[month]
            score = coop - conflict
            sign = (score > 0) - (score < 0)
            flip = sign != 0 and last_sign != 0 and sign != last_sign
            if sign:
                last_sign = sign
            months.append(
                DyadMonth(
                    month=month, events=n, cooperative=coop, conflictual=conflict, score=score, flip=flip
                )
            )
        result.append(
            Dyad(
                counterpart=tally.name,
                counterpart_id=tally.actor_id,
                events=sum(m.events for m in months),
                months=months,
                flips=[m.month for m in months if m.flip],
            )
        )
    result.sort(key=lambda d: (-d.events, d.counterpart))
    return result[:shown]


def actor_profile(store: Store, actor_id: str) -> ActorOut:
    kb = knowledge_base()
    actor = kb.actor(actor_id)
    events, total = sq.actor_events(store, actor_id, limit=ACTOR_EVENTS)
    if actor is None and total == 0:
        raise NotFound("actor")
    memberships = []
    if actor is not None:
        for item in actor.memberships:
            other = str(item.get("actor") or "")
            other_actor = kb.actor(other)
            memberships.append(
                Membership(
                    actor=other,
                    actor_name=other_actor.name if other_actor else None,
                    role=_text(item.get("role")),
                    start=_text(item.get("from")),
                    end=_text(item.get("to")),
                )
            )
    name = actor.name if actor is not None else _name_in_events(actor_id, events)
    return ActorOut(
        id=actor_id,
        name=name,
        acled_name=actor.acled_name if actor else None,
        kind=actor.kind if actor else None,
        inter=actor.inter if actor else None,
        country=actor.country if actor else None,
        aliases=list(actor.aliases) if actor else [],
        memberships=memberships,
        source=actor.source if actor else None,
        events_total=total,
        events=[EventOut.of(e) for e in events],
        dyads=dyads(actor_id, sq.actor_event_rows(store, actor_id)),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _name_in_events(actor_id: str, events: Sequence[object]) -> str:
    for event in events:
        if getattr(event, "actor1_id", None) == actor_id and getattr(event, "actor1", None):
            return str(event.actor1)  # type: ignore[attr-defined]
        if getattr(event, "actor2_id", None) == actor_id and getattr(event, "actor2", None):
            return str(event.actor2)  # type: ignore[attr-defined]
    return actor_id


# ---------------------------------------------------------------- on this day


def on_this_day(store: Store, day: dt.date) -> OnThisDay:
    """History items for ``day``'s month and day, and stored events on that day in earlier years."""
    history = [
        HistoryOut(
            doc_id=doc_id,
            year=item.year,
            text=item.text,
            fatalities_low=item.fatalities_low,
            fatalities_high=item.fatalities_high,
            source_label=item.source_label,
        )
        for doc_id, item in store.history(day.month, day.day)
    ]
    events = sq.events_on_day(store, day.month, day.day, before_year=day.year)
    return OnThisDay(date=day, history=history, events=[EventOut.of(e) for e in events])


# ---------------------------------------------------------------- review


def review(
    store: Store,
    event_id: str,
    action: ReviewAction,
    *,
    user: str,
    changes: Mapping[str, object] | None = None,
    others: Sequence[str] = (),
    evidence: Sequence[int] = (),
) -> ReviewResult:
    """Apply one review action. Raises NotFound for a missing event, ValueError for a bad request."""
    if store.event(event_id) is None:
        raise NotFound("event")
    created = None
    try:
        if action == "confirm":
            event = store.edit_event(event_id, {"review_status": "confirmed"}, user=user)
        elif action == "reject":
            event = store.edit_event(event_id, {"review_status": "rejected"}, user=user)
        elif action == "edit":
            if not changes:
                raise ValueError("nothing to change")
            event = store.edit_event(event_id, dict(changes), user=user)
        elif action == "merge":
            event = sq.merge_events(store, event_id, list(others), user=user)
        elif action == "split":
            new = sq.split_event(store, event_id, list(evidence), user=user)
            created = EventOut.of(new)
            found = store.event(event_id)
            if found is None:
                raise NotFound("event")
            event = found
        else:
            raise ValueError("unknown review action")
    except KeyError as exc:
        raise ValueError("no event with one of the ids given") from exc
    return ReviewResult(event=EventOut.of(event), created=created)
