"""The service layer: what the CLI (and later the web app) calls. One function per user action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tigris.pipeline import Coded, RunReport, code, run
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
