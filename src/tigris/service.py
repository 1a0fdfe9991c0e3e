"""The service layer: what the CLI (and later the web app) calls. One function per user action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tigris.errors import NotFound
from tigris.pipeline import Coded, RunReport, code, run
from tigris.resolve.kb import Actor, Match, knowledge_base, search_actors, search_places
from tigris.settings import Settings
from tigris.store import Store, open_store
from tigris.types import Citation, Document, Event, Rejection


def store_for(settings: Settings) -> Store:
    return open_store(settings.database_url)


def ingest(
    inputs: Iterable[str], settings: Settings, *, on_item: Callable[[Coded | Rejection], None] | None = None
) -> RunReport:
    store = store_for(settings)
    try:
        return run(inputs, settings, store, on_item=on_item)
    finally:
        store.close()


def extract(
    inputs: Iterable[str],
    settings: Settings,
    *,
    save: bool = True,
    on_item: Callable[[Coded | Rejection], None] | None = None,
) -> tuple[list[Event], RunReport]:
    """Code the inputs and return their events; documents, events and rejections are stored too."""
    store = store_for(settings) if save else None
    report = RunReport()
    events: list[Event] = []
    try:
        for item in code(inputs, settings):
            if isinstance(item, Rejection):
                report.rejections.append(item)
                if store is not None:
                    store.save_rejection(item)
            else:
                if store is not None:
                    outcome = store.save(item.document, item.events)
                    setattr(report, str(outcome.value), getattr(report, str(outcome.value)) + 1)
                else:
                    report.added += 1
                events.extend(item.events)
                report.events += len(item.events)
            if on_item is not None:
                on_item(item)
    finally:
        if store is not None:
            store.close()
    return events, report


def events(
    settings: Settings,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    event_type: str | None = None,
    actor: str | None = None,
    place: str | None = None,
    limit: int | None = None,
) -> list[Event]:
    store = store_for(settings)
    try:
        return store.events(
            since=since, until=until, event_type=event_type, actor=actor, place=place, limit=limit
        )
    finally:
        store.close()


def sources(settings: Settings, doc_id: str | None = None) -> list[tuple[str, Citation]]:
    store = store_for(settings)
    try:
        return store.citations(doc_id)
    finally:
        store.close()


def rejections(settings: Settings) -> list[Rejection]:
    store = store_for(settings)
    try:
        return store.rejections()
    finally:
        store.close()


def demo_corpus() -> Path:
    """The folder of the demo corpus shipped with the package."""
    return Path(str(resources.files("tigris.data").joinpath("demo")))


@dataclass(frozen=True)
class DemoSummary:
    report: RunReport
    documents: int
    events: int
    by_type: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    top_actors: list[tuple[str, int]]
    post: Document | None
    post_events: list[Event]
    citations: int
    rejections: int


def demo(settings: Settings, *, on_item: Callable[[Coded | Rejection], None] | None = None) -> DemoSummary:
    """Load the demo corpus into the store and summarise it."""
    report = ingest([str(demo_corpus())], settings, on_item=on_item)
    store = store_for(settings)
    try:
        summary = store.summary()
        posts = [d for d in store.documents() if d.kind == "blog" and d.citations]
        posts.sort(key=lambda d: (d.published is None, d.published or dt.datetime.min, d.id))
        post = posts[0] if posts else None
        post_events = store.events(doc_id=post.id) if post else []
        return DemoSummary(
            report=report,
            documents=summary.documents,
            events=summary.events,
            by_type=sorted(summary.events_by_type.items(), key=lambda kv: (-kv[1], kv[0])),
            by_month=sorted(summary.events_by_month.items()),
            top_actors=list(summary.top_actors),
            post=post,
            post_events=post_events,
            citations=len(store.citations()),
            rejections=summary.rejections,
        )
    finally:
        store.close()


# knowledge base -------------------------------------------------------------------------------


def find_actors(query: str = "", *, limit: int = 20) -> list[Match]:
    return search_actors(knowledge_base(), query, limit=limit)


def find_places(query: str = "", *, limit: int = 20) -> list[Match]:
    return search_places(knowledge_base(), query, limit=limit)


@dataclass(frozen=True)
class ActorProfile:
    actor: Actor
    codes_as: Actor | None
    members: list[Actor]
    events: list[Event]


def actor_profile(settings: Settings, name: str, *, recent: int = 20) -> ActorProfile:
    """The best-matching actor with its memberships and its most recent stored events."""
    matches = find_actors(name, limit=1)
    if not matches or matches[0].actor is None or matches[0].score < 80:
        raise NotFound(f"no actor matches {name!r}; try `tigris actors {name}`")
    kb = knowledge_base()
    actor = matches[0].actor
    coded = kb.coded_actor(actor)
    members = sorted(
        (
            a
            for a in kb.actors.values()
            if a.codes_as == actor.id or any(m.get("actor") == actor.id for m in a.memberships)
        ),
        key=lambda a: a.name,
    )
    store = store_for(settings)
    try:
        found = [
            e
            for e in store.events(actor=coded.acled_name)
            if actor.id in (e.actor1_id, e.actor2_id)
            or coded.id in (e.actor1_id, e.actor2_id)
            or coded.acled_name in (e.assoc_actor_1 or "")
        ]
    finally:
        store.close()
    found.sort(key=lambda e: (e.date or dt.date.min, e.event_id), reverse=True)
    return ActorProfile(actor, coded if coded.id != actor.id else None, members, found[:recent])


@dataclass(frozen=True)
class Unresolved:
    name: str
    count: int
    documents: int
    example: str


def unresolved(settings: Settings) -> list[Unresolved]:
    """Names seen in event sentences that no actor or place resolved, the most frequent first."""
    store = store_for(settings)
    try:
        counts: dict[str, list[Event]] = {}
        for event in store.events():
            for name in event.unresolved:
                counts.setdefault(name, []).append(event)
    finally:
        store.close()
    rows = [
        Unresolved(
            name, len(evs), len({e.doc_id for e in evs}), evs[0].evidence[0].text if evs[0].evidence else ""
        )
        for name, evs in counts.items()
    ]
    return sorted(rows, key=lambda r: (-r.count, r.name))
