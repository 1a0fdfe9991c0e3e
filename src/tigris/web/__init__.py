"""The analyst's workbench in the browser: events with facets and exports, an event page for review
against the sources, a map, a timeline, actor pages, on this day, and the JSON API they share.

    app = create_app(Settings.from_env())      # FastAPI app; the store opens on the first request
    serve(Settings.from_env(), port=8000)      # uvicorn on 127.0.0.1
    ensure_demo_users("sqlite:///tigris.db")   # -> [(user, role, password), ...]
"""

from __future__ import annotations

from .app import create_app, serve
from .security import ensure_demo_users

__all__ = ["create_app", "ensure_demo_users", "serve"]
