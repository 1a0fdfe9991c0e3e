"""What the routes share: the open store, the event filters read from the query string, templates."""

from __future__ import annotations

import datetime as dt
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated

from fastapi import HTTPException, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from tigris.settings import Settings
from tigris.store import Store, open_store
from tigris.store.queries import EventFilter

from .queries import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, ResultCache
from .security import session_of

REVIEW_STATUSES: tuple[str, ...] = ("auto", "confirmed", "edited", "rejected")
TEXT_MAX = 200


def package_dir(name: str) -> Path:
    return Path(str(resources.files("tigris.web").joinpath(name)))


class StoreHolder:
    """Opens the store on first use (not when the app is built) and closes it if it opened it."""

    def __init__(self, settings: Settings, store: Store | None) -> None:
        self._settings = settings
        self._store = store
        self._owned = store is None
        self._lock = threading.Lock()

    def get(self) -> Store:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_store(self._settings.database_url)
        return self._store

    def close(self) -> None:
        if self._owned and self._store is not None:
            self._store.close()
            self._store = None


# The dependencies below are ``async def`` although they never wait: FastAPI runs a plain ``def``
# dependency in a worker thread, a hop that costs more than the dependency itself on every request.


async def get_store(request: Request) -> Store:
    holder: StoreHolder = request.app.state.store_holder
    return holder.get()


async def get_cache(request: Request) -> ResultCache:
    """The app's cache of counts, facets and map data (each kept under the store's data version)."""
    cache: ResultCache = request.app.state.result_cache
    return cache


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(package_dir("templates"))),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def parse_day(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD query value; empty is None; anything else a 400 that says what is expected."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(
            status_code=400, detail=f"{name}: expected a date as YYYY-MM-DD, e.g. 2019-10-25"
        ) from None


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


async def event_filter(
    since: Annotated[str | None, Query(description="first day, YYYY-MM-DD", max_length=40)] = None,
    until: Annotated[str | None, Query(description="last day, YYYY-MM-DD", max_length=40)] = None,
    event_type: Annotated[
        str | None, Query(description="ACLED event type, exact", max_length=TEXT_MAX)
    ] = None,
    sub_event_type: Annotated[
        str | None, Query(description="ACLED sub-event type, exact", max_length=TEXT_MAX)
    ] = None,
    actor: Annotated[
        str | None, Query(description="actor id, or part of an actor's name", max_length=TEXT_MAX)
    ] = None,
    admin1: Annotated[
        str | None, Query(description="governorate (admin1), exact", max_length=TEXT_MAX)
    ] = None,
    place: Annotated[
        str | None, Query(description="part of the location or its admin units", max_length=TEXT_MAX)
    ] = None,
    source: Annotated[
        str | None, Query(description="outlet of the source document, exact", max_length=TEXT_MAX)
    ] = None,
    review_status: Annotated[
        str | None, Query(description="auto, confirmed, edited or rejected", max_length=20)
    ] = None,
    q: Annotated[
        str | None, Query(description="text found in evidence, notes, place or actors", max_length=TEXT_MAX)
    ] = None,
) -> EventFilter:
    first, last = parse_day(since, "since"), parse_day(until, "until")
    if first and last and first > last:
        raise HTTPException(status_code=400, detail="since: the first day comes after the last day (until)")
    status = _blank(review_status)
    if status is not None and status not in REVIEW_STATUSES:
        raise HTTPException(
            status_code=400, detail=f"review_status: choose one of {', '.join(REVIEW_STATUSES)}"
        )
    return EventFilter(
        since=first,
        until=last,
        event_type=_blank(event_type),
        sub_event_type=_blank(sub_event_type),
        actor=_blank(actor),
        admin1=_blank(admin1),
        place=_blank(place),
        source=_blank(source),
        review_status=status,
        q=_blank(q),
    )


PageSize = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"events per page, at most {MAX_PAGE_SIZE}")
]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="events to skip")]
Sort = Annotated[
    str, Query(max_length=40, description="column to sort on (date, fatalities, …); prefix - for descending")
]
DEFAULT_SORT = "-date"
__all__ = ["DEFAULT_PAGE_SIZE", "session_of"]
