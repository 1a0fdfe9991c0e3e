"""The HTML pages of the workbench (Jinja2 with autoescape; htmx and the scripts are static files)."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tigris.store import Store
from tigris.store.queries import EventFilter

from . import queries as wq
from .api import IdPath, today
from .deps import (
    DEFAULT_SORT,
    REVIEW_STATUSES,
    Offset,
    PageSize,
    Sort,
    event_filter,
    get_cache,
    get_store,
    parse_day,
    templates,
)
from .security import authenticate, require_reviewer, rotate_session, session_of

Filters = Annotated[EventFilter, Depends(event_filter)]
StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[wq.ResultCache, Depends(get_cache)]

# Fields an analyst can change from the event page, in the order the form shows them.
EDIT_FIELDS: tuple[tuple[str, str], ...] = (
    ("event_type", "Event type"),
    ("sub_event_type", "Sub-event type"),
    ("date", "Date (YYYY-MM-DD)"),
    ("date_precision", "Date precision (day, week, month, year)"),
    ("location", "Location"),
    ("admin1", "Governorate"),
    ("admin2", "District"),
    ("actor1", "Actor 1"),
    ("actor2", "Actor 2"),
    ("fatalities", "Fatalities"),
    ("fatalities_low", "Fatalities (low)"),
    ("fatalities_high", "Fatalities (high)"),
    ("injured", "Injured"),
    ("modality", "Modality"),
    ("notes", "Notes (Markdown)"),
)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "Date"),
    ("event_type", "Type"),
    ("sub_event_type", "Sub-type"),
    ("actor1", "Actor 1"),
    ("actor2", "Actor 2"),
    ("location", "Location"),
    ("admin1", "Governorate"),
    ("fatalities", "Fatalities"),
    ("review_status", "Review"),
)
FACET_TITLES: dict[str, str] = {
    "event_type": "Event type",
    "sub_event_type": "Sub-event type",
    "admin1": "Governorate",
    "actor1": "Actor 1",
    "review_status": "Review status",
    "source": "Source",
}


# Filter fields the service layer fills in itself; they never travel in a URL.
RESOLVED_FIELDS = frozenset({"actor_ids"})


def filter_params(f: EventFilter, **extra: object) -> dict[str, str]:
    params = {
        field.name: (value.isoformat() if hasattr(value, "isoformat") else str(value))
        for field in dataclasses.fields(f)
        if field.name not in RESOLVED_FIELDS and (value := getattr(f, field.name)) not in (None, "")
    }
    params.update({k: str(v) for k, v in extra.items() if v not in (None, "")})
    return params


def query_string(f: EventFilter, **extra: object) -> str:
    return urlencode(filter_params(f, **extra))


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    session = session_of(request)
    base = {"session": session, "csrf_token": session.csrf, "path": request.url.path}
    return templates().TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def _filter_context(f: EventFilter) -> dict[str, Any]:
    return {
        "filters": f,
        "statuses": REVIEW_STATUSES,
        "filter_query": query_string(f),
    }


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def home(request: Request, store: StoreDep) -> HTMLResponse:
        summary = store.summary()
        page = wq.event_page(store, EventFilter(), sort="-date", limit=10, offset=0)
        return render(
            request,
            "home.html",
            {"summary": summary, "recent": page.items, "otd": wq.on_this_day(store, today(request))},
        )

    # /events and its facets run in the event loop, as the API's listing does (see api.py).
    @router.get("/events", response_class=HTMLResponse)
    async def events(
        request: Request,
        store: StoreDep,
        cache: CacheDep,
        f: Filters,
        limit: PageSize = wq.DEFAULT_PAGE_SIZE,
        offset: Offset = 0,
        sort: Sort = DEFAULT_SORT,
    ) -> HTMLResponse:
        try:
            page = wq.event_page(store, f, sort=sort, limit=limit, offset=offset, cache=cache)
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        context = {
            **_filter_context(f),
            "page": page,
            "columns": COLUMNS,
            "sort": sort,
            "limit": limit,
            "prev_query": query_string(f, sort=sort, limit=limit, offset=max(offset - limit, 0))
            if offset
            else None,
            "next_query": query_string(f, sort=sort, limit=limit, offset=offset + limit)
            if offset + limit < page.total
            else None,
            "sort_query": {
                column: query_string(f, limit=limit, sort=("-" + column if sort != "-" + column else column))
                for column, _title in COLUMNS
            },
            "export_query": query_string(f, sort=sort),
        }
        fragment = (
            request.headers.get("hx-request") == "true" and request.headers.get("hx-target") == "results"
        )
        return render(request, "_results.html" if fragment else "events.html", context)

    @router.get("/events/facets", response_class=HTMLResponse)
    async def facets(request: Request, store: StoreDep, cache: CacheDep, f: Filters) -> HTMLResponse:
        counted = wq.event_facets(store, f, cache=cache)
        links = {
            name: [
                (v.value, v.count, query_string(dataclasses.replace(f, **_facet_filter(name, v.value))))
                for v in values
            ]
            for name, values in counted.facets.items()
        }
        return render(request, "_facets.html", {"facets": links, "titles": FACET_TITLES})

    @router.get("/events/{event_id}", response_class=HTMLResponse)
    def event(request: Request, store: StoreDep, event_id: IdPath) -> HTMLResponse:
        try:
            detail = wq.event_detail(store, event_id)
        except wq.NotFound:
            raise HTTPException(status_code=404, detail="There is no event with that id.") from None
        values = detail.event.model_dump()
        return render(
            request,
            "event.html",
            {
                "detail": detail,
                "e": detail.event,
                "edit_fields": [
                    (name, label, _as_form_value(values.get(name))) for name, label in EDIT_FIELDS
                ],
                "message": request.query_params.get("done")
                if request.query_params.get("done") in _DONE
                else None,
            },
        )

    @router.post("/events/{event_id}/review", response_class=HTMLResponse)
    async def review(request: Request, store: StoreDep, event_id: IdPath) -> Response:
        session = require_reviewer(request)
        form = await request.form()
        action = str(form.get("action") or "")
        kwargs: dict[str, Any] = {}
        if action == "edit":
            current = store.event(event_id)
            if current is None:
                raise HTTPException(status_code=404, detail="There is no event with that id.")
            kwargs["changes"] = {
                name: value
                for name, _label in EDIT_FIELDS
                if isinstance(value := form.get(name), str)
                and value != _as_form_value(getattr(current, name))
            }
        elif action == "merge":
            kwargs["others"] = [
                i.strip() for i in str(form.get("others") or "").replace(",", " ").split() if i.strip()
            ]
        elif action == "split":
            try:
                kwargs["evidence"] = [int(str(v)) for v in form.getlist("evidence")]
            except ValueError:
                raise HTTPException(
                    status_code=400, detail="evidence: choose sentences from the list"
                ) from None
        elif action not in ("confirm", "reject"):
            raise HTTPException(
                status_code=400, detail="action: choose confirm, reject, edit, merge or split"
            )
        try:
            result = wq.review(store, event_id, action, user=session.user or "", **kwargs)  # type: ignore[arg-type]
        except wq.NotFound:
            raise HTTPException(status_code=404, detail="There is no event with that id.") from None
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        target = result.created.event_id if result.created is not None else event_id
        return RedirectResponse(f"/events/{_quote(target)}?done={action}", status_code=303)

    @router.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, f: Filters) -> HTMLResponse:
        return render(request, "map.html", _filter_context(f))

    @router.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, f: Filters) -> HTMLResponse:
        return render(request, "timeline.html", _filter_context(f))

    @router.get("/actors/{actor_id}", response_class=HTMLResponse)
    def actor(request: Request, store: StoreDep, actor_id: IdPath) -> HTMLResponse:
        try:
            profile = wq.actor_profile(store, actor_id)
        except wq.NotFound:
            raise HTTPException(status_code=404, detail="There is no actor with that id.") from None
        return render(request, "actor.html", {"actor": profile})

    @router.get("/onthisday", response_class=HTMLResponse)
    def onthisday(request: Request, store: StoreDep, date: str | None = None) -> HTMLResponse:
        day = parse_day(date, "date") or today(request)
        return render(request, "onthisday.html", {"otd": wq.on_this_day(store, day)})

    @router.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/") -> HTMLResponse:
        return render(request, "login.html", {"next": _safe_next(next), "error": None})

    @router.post("/login", response_class=HTMLResponse)
    def login(
        request: Request,
        store: StoreDep,
        username: Annotated[str, Form(max_length=64)],
        password: Annotated[str, Form(max_length=1024)],
        next: Annotated[str, Form(max_length=500)] = "/",
    ) -> Response:
        user = authenticate(store, username, password)
        if user is None:
            return render(
                request,
                "login.html",
                {"next": _safe_next(next), "error": "Wrong user name or password."},
                401,
            )
        rotate_session(request, user.name, user.role)
        return RedirectResponse(_safe_next(next), status_code=303)

    @router.get("/logout", response_class=HTMLResponse)
    def logout_form(request: Request) -> HTMLResponse:
        return render(request, "logout.html", {})

    @router.post("/logout")
    def logout(request: Request) -> Response:
        rotate_session(request, None, None)
        return RedirectResponse("/", status_code=303)

    return router


_DONE = {"confirm", "reject", "edit", "merge", "split"}


def _facet_filter(name: str, value: str) -> dict[str, Any]:
    return {"actor": value} if name == "actor1" else {name: value}


def _as_form_value(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _safe_next(target: str) -> str:
    """Only a path on this site: never another host (``//evil``) or a scheme."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _quote(value: str) -> str:
    return quote(value, safe="")
