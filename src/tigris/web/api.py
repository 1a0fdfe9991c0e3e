"""The JSON API under ``/api``: the same service functions as the pages, with pydantic responses."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel

from tigris.store import Store
from tigris.store.queries import EventFilter

from . import queries as wq
from .deps import DEFAULT_SORT, Offset, PageSize, Sort, event_filter, get_cache, get_store, parse_day
from .schemas import (
    ActorCount,
    ActorOut,
    EditRequest,
    ErrorOut,
    EventDetail,
    EventPage,
    Facets,
    LoginRequest,
    MapData,
    MergeRequest,
    OnThisDay,
    ReviewResult,
    SessionOut,
    SplitRequest,
    SummaryOut,
    Timeline,
)
from .security import SessionData, authenticate, require_reviewer, rotate_session, session_of

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a parameter has a value that cannot be used"},
    403: {"model": ErrorOut, "description": "missing CSRF token, or the account may not do this"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "no such record"}}
REVIEW_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    **NOT_FOUND,
    401: {"model": ErrorOut, "description": "not logged in"},
}

Filters = Annotated[EventFilter, Depends(event_filter)]
StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[wq.ResultCache, Depends(get_cache)]
IdPath = Annotated[str, Path(max_length=200)]
Reviewer = Annotated[SessionData, Depends(require_reviewer)]


def json_response(model: BaseModel) -> Response:
    """``model`` as JSON, already valid: FastAPI would otherwise check it against the response model
    a second time, which for a page of events or thousands of map points costs more than the query."""
    return Response(content=model.model_dump_json(), media_type="application/json")


def bad_request(exc: ValueError) -> HTTPException:
    return HTTPException(status_code=400, detail=str(exc))


def today(request: Request) -> dt.date:
    return dt.datetime.now(ZoneInfo(request.app.state.settings.timezone)).date()


# The listing, facet and map routes are ``async def`` although they read the database: they are
# most of the load, and run in the event loop they skip the hop to a worker thread and the
# contention of a dozen threads for one interpreter (a fifth less CPU per request under 20
# clients). They only read, and in SQLite's WAL mode a reader never waits for a writer, so
# they do not stall the loop; exports, reviews and the rarer pages keep their worker threads.


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

    @router.get("/summary", response_model=SummaryOut)
    def summary(store: StoreDep) -> SummaryOut:
        """Counts over the whole record (rejected events left out)."""
        s = store.summary()
        return SummaryOut(
            documents=s.documents,
            events=s.events,
            rejections=s.rejections,
            events_by_type=s.events_by_type,
            top_actors=[ActorCount(actor=name, events=n) for name, n in s.top_actors],
        )

    @router.get("/events", response_model=EventPage)
    async def events(
        store: StoreDep,
        cache: CacheDep,
        f: Filters,
        limit: PageSize = wq.DEFAULT_PAGE_SIZE,
        offset: Offset = 0,
        sort: Sort = DEFAULT_SORT,
    ) -> Response:
        """One page of the events matching the filters, sorted on an allow-listed column."""
        try:
            page = wq.event_page(store, f, sort=sort, limit=limit, offset=offset, cache=cache)
        except ValueError as exc:
            raise bad_request(exc) from exc
        return json_response(page)

    @router.get("/events/facets", response_model=Facets)
    async def facets(store: StoreDep, cache: CacheDep, f: Filters) -> Response:
        """The most frequent values of each facet among the filtered events."""
        return json_response(wq.event_facets(store, f, cache=cache))

    @router.get(
        "/events/export",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/csv": {}, "application/json": {}, "application/geo+json": {}}}},
    )
    def export(
        store: StoreDep,
        f: Filters,
        format: Annotated[Literal["csv", "acled-csv", "json", "geojson"], Query()] = "csv",
        sort: Sort = DEFAULT_SORT,
    ) -> StreamingResponse:
        """Exactly the filtered events, as CSV, ACLED CSV, JSON or GeoJSON (CSV formulas made inert)."""
        try:
            out, media_type, filename = wq.export_events(store, f, sort=sort, fmt=format)
        except ValueError as exc:
            raise bad_request(exc) from exc
        return StreamingResponse(
            wq.read_chunks(out),
            media_type=media_type,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND)
    def event(store: StoreDep, event_id: IdPath) -> EventDetail:
        """An event with its source documents (evidence located in each) and its audit trail."""
        try:
            return wq.event_detail(store, event_id)
        except wq.NotFound:
            raise HTTPException(status_code=404, detail="No event with that id.") from None

    def _review(
        store: Store, event_id: str, action: wq.ReviewAction, session: SessionData, **kwargs: Any
    ) -> ReviewResult:
        try:
            return wq.review(store, event_id, action, user=session.user or "", **kwargs)
        except wq.NotFound:
            raise HTTPException(status_code=404, detail="No event with that id.") from None
        except ValueError as exc:
            raise bad_request(exc) from exc

    @router.post("/events/{event_id}/confirm", response_model=ReviewResult, responses=REVIEW_ERRORS)
    def confirm(store: StoreDep, event_id: IdPath, session: Reviewer) -> ReviewResult:
        """Mark the event as checked against its sources (analysts and admins)."""
        return _review(store, event_id, "confirm", session)

    @router.post("/events/{event_id}/reject", response_model=ReviewResult, responses=REVIEW_ERRORS)
    def reject(store: StoreDep, event_id: IdPath, session: Reviewer) -> ReviewResult:
        """Mark the event as wrongly coded; it stays in the record with status ``rejected``."""
        return _review(store, event_id, "reject", session)

    @router.post("/events/{event_id}/edit", response_model=ReviewResult, responses=REVIEW_ERRORS)
    def edit(store: StoreDep, event_id: IdPath, body: EditRequest, session: Reviewer) -> ReviewResult:
        """Change coded fields; each change is written to the audit log."""
        return _review(store, event_id, "edit", session, changes=body.changes)

    @router.post("/events/{event_id}/merge", response_model=ReviewResult, responses=REVIEW_ERRORS)
    def merge(store: StoreDep, event_id: IdPath, body: MergeRequest, session: Reviewer) -> ReviewResult:
        """Fold other events (duplicates) into this one."""
        return _review(store, event_id, "merge", session, others=body.others)

    @router.post("/events/{event_id}/split", response_model=ReviewResult, responses=REVIEW_ERRORS)
    def split(store: StoreDep, event_id: IdPath, body: SplitRequest, session: Reviewer) -> ReviewResult:
        """Move some evidence sentences to a new event."""
        return _review(store, event_id, "split", session, evidence=body.evidence)

    @router.get("/map", response_model=MapData)
    async def map_data(
        store: StoreDep,
        cache: CacheDep,
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=wq.MAP_MAX_LIMIT)] = wq.MAP_DEFAULT_LIMIT,
    ) -> Response:
        """Located events for the map (the most recent ``limit``) and counts per governorate."""
        return Response(
            content=wq.map_json(store, f, limit=limit, cache=cache), media_type="application/json"
        )

    @router.get("/timeline", response_model=Timeline)
    def timeline(
        store: StoreDep, f: Filters, interval: Annotated[Literal["week", "month"], Query()] = "month"
    ) -> Timeline:
        """Events and fatalities per week or month and event type."""
        return wq.timeline(store, f, interval=interval)

    @router.get("/actors/{actor_id}", response_model=ActorOut, responses=NOT_FOUND)
    def actor(store: StoreDep, actor_id: IdPath) -> ActorOut:
        """An actor's aliases, memberships, recent events and dyads with monthly alignment scores."""
        try:
            return wq.actor_profile(store, actor_id)
        except wq.NotFound:
            raise HTTPException(status_code=404, detail="No actor with that id.") from None

    @router.get("/onthisday", response_model=OnThisDay)
    def onthisday(
        request: Request,
        store: StoreDep,
        date: Annotated[
            str | None, Query(description="YYYY-MM-DD; today when left out", max_length=40)
        ] = None,
    ) -> OnThisDay:
        """History items for the day's month and day, and stored events on that day in earlier years."""
        return wq.on_this_day(store, parse_day(date, "date") or today(request))

    @router.get("/session", response_model=SessionOut)
    def session(request: Request) -> SessionOut:
        """Who is logged in, and the CSRF token to send as X-CSRF-Token with every POST."""
        s = session_of(request)
        return SessionOut(user=s.user, role=s.role, csrf_token=s.csrf)

    @router.post("/login", response_model=SessionOut, responses={401: {"model": ErrorOut}})
    def login(request: Request, store: StoreDep, body: LoginRequest) -> SessionOut:
        """Log in; the session cookie is set and a new CSRF token returned."""
        user = authenticate(store, body.username, body.password)
        if user is None:
            raise HTTPException(status_code=401, detail="Wrong user name or password.")
        s = rotate_session(request, user.name, user.role)
        return SessionOut(user=s.user, role=s.role, csrf_token=s.csrf)

    @router.post("/logout", response_model=SessionOut)
    def logout(request: Request) -> SessionOut:
        """End the session."""
        s = rotate_session(request, None, None)
        return SessionOut(user=None, role=None, csrf_token=s.csrf)

    return router
