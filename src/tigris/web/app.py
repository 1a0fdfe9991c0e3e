"""The FastAPI application of the workbench: middleware, error pages, routers and static files."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http.cookies import SimpleCookie

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tigris.errors import StoreError
from tigris.settings import SETTINGS, Settings
from tigris.store import Store
from tigris.store.columns import LiveColumns

from . import api, pages
from .deps import StoreHolder, package_dir, templates
from .queries import ResultCache
from .security import (
    COOKIE,
    SECURITY_HEADERS,
    SESSION_MAX_AGE,
    SessionCodec,
    SessionData,
    csrf_protect,
    new_session,
    secret_key,
)

LOG = logging.getLogger("tigris.web")
DEFAULT_PORT = 8000

STATUS_TITLES: dict[int, str] = {
    400: "Bad request",
    401: "Log in needed",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    422: "Bad request",
    503: "Database unavailable",
}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error_page(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    session = getattr(request.state, "session", None) or new_session()
    return templates().TemplateResponse(
        request,
        "error.html",
        {
            "status": status,
            "title": STATUS_TITLES.get(status, "Error"),
            "message": message,
            "session": session,
            "csrf_token": session.csrf,
            "path": "",
        },
        status_code=status,
    )


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        location = ".".join(
            str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path", "form")
        )
        parts.append(f"{location or 'request'}: {error.get('msg', 'invalid value')}")
    return "; ".join(parts) or "invalid request"


def create_app(settings: Settings, *, store: Store | None = None, secret: str | None = None) -> FastAPI:
    """The workbench app. The store is opened on the first request (or ``store`` is used as given).

    ``secret`` signs the session cookies; by default TIGRIS_SECRET_KEY, or a random key per process.
    """
    holder = StoreHolder(settings, store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        holder.close()

    app = FastAPI(
        title="tigris workbench",
        summary="Review, filter, map and export the sourced event record",
        version="1",
        lifespan=lifespan,
        dependencies=[Depends(csrf_protect)],
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store_holder = holder
    app.state.result_cache = ResultCache(columns=LiveColumns())
    codec = SessionCodec(secret or secret_key())

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and exc.detail in (None, "", "Not Found"):
            message = "There is nothing at this address."
        else:
            message = str(exc.detail)
        response = _error_page(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": _jsonable_errors(exc)}, status_code=422)
        return _error_page(request, 422, _validation_message(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        LOG.error("store error: %s", exc)
        return _error_page(request, 503, "The database cannot be read right now; try again shortly.")

    app.include_router(api.build_router())
    app.include_router(pages.build_router())
    app.mount("/static", StaticFiles(directory=package_dir("static")), name="static")
    app.add_middleware(SessionMiddleware, codec=codec)
    return app


NO_STORE_PREFIXES = ("/api/", "/events", "/actors", "/login", "/logout")


class SessionMiddleware:
    """Reads the session cookie into ``request.state.session``, writes it back when the session
    changed (or was new), and adds the security headers to every response.

    A plain ASGI middleware: Starlette's ``BaseHTTPMiddleware`` runs each request through an extra
    task and memory stream, a cost every request paid for what is only a few headers.
    """

    def __init__(self, app: ASGIApp, codec: SessionCodec) -> None:
        self.app = app
        self.codec = codec

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        session = self.codec.loads(request.cookies.get(COOKIE))
        state = scope.setdefault("state", {})
        state["session_changed"] = session is None
        state["session"] = session or new_session()
        no_store = scope["path"].startswith(NO_STORE_PREFIXES)
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if state.get("session_changed"):
                    headers.append("set-cookie", self._cookie(state["session"], https))
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if no_store and "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _cookie(self, session: SessionData, https: bool) -> str:
        cookie: SimpleCookie = SimpleCookie()
        cookie[COOKIE] = self.codec.dumps(session)
        morsel = cookie[COOKIE]
        morsel["max-age"] = SESSION_MAX_AGE
        morsel["path"] = "/"
        morsel["httponly"] = True
        morsel["samesite"] = "lax"
        if https:
            morsel["secure"] = True
        return morsel.OutputString()


def _jsonable_errors(exc: RequestValidationError) -> list[dict[str, object]]:
    errors: list[dict[str, object]] = []
    for error in exc.errors():
        errors.append(
            {
                "loc": [str(p) for p in error.get("loc", ())],
                "msg": str(error.get("msg", "")),
                "type": str(error.get("type", "")),
            }
        )
    return errors


APP_FACTORY = "tigris.web.app:app_from_env"
DEFAULT_WORKERS = 2
# Seconds an idle browser connection is kept open. Uvicorn's default (5 s) closes it while an
# analyst is still reading the page, and a request sent at that moment fails on the closed socket.
KEEP_ALIVE_S = 75


def app_from_env() -> FastAPI:
    """The workbench built from the TIGRIS_* environment: what each uvicorn worker process runs."""
    return create_app(Settings.from_env())


def settings_environment(settings: Settings) -> dict[str, str]:
    """``settings`` as the TIGRIS_* variables that ``Settings.from_env`` reads back."""
    return {f"TIGRIS_{name.upper()}": str(getattr(settings, name)) for name, _default, _help in SETTINGS}


def serve(
    settings: Settings, host: str = "127.0.0.1", port: int = DEFAULT_PORT, workers: int = DEFAULT_WORKERS
) -> None:
    """Serve the workbench with uvicorn until interrupted.

    With ``workers`` above 1, that many processes share the port (SQLite in WAL mode lets them read
    at once); each builds the app from the environment, which is set here from ``settings``. They
    share one session key (TIGRIS_SECRET_KEY, or one drawn here), so a login holds on every worker.
    """
    import uvicorn

    if workers < 1:
        raise ValueError("workers: serve with at least one worker process")
    LOG.info(
        "tigris workbench on http://%s:%d (database %s, %d worker(s))",
        host,
        port,
        settings.database_url,
        workers,
    )
    if workers == 1:
        uvicorn.run(
            create_app(settings),
            host=host,
            port=port,
            log_level="info",
            proxy_headers=False,
            timeout_keep_alive=KEEP_ALIVE_S,
        )
        return
    os.environ.update(settings_environment(settings))
    os.environ.setdefault("TIGRIS_SECRET_KEY", secrets.token_urlsafe(48))
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        proxy_headers=False,
        timeout_keep_alive=KEEP_ALIVE_S,
    )
