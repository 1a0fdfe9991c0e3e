"""The store: tigris's record of documents, events, rejections and analysts' edits.

Only this package knows SQL. It keeps the record in SQLite (WAL mode, the default
``sqlite:///tigris.db``) or PostgreSQL (``postgresql+psycopg://…``), at the URL given by
``Settings.database_url`` (``TIGRIS_DATABASE_URL``), and migrates the schema with the Alembic
migrations shipped in ``tigris/store/migrations``.

    store = open_store(Settings.from_env().database_url)
    store.save(document, events)          # -> SaveOutcome.ADDED / UNCHANGED / UPDATED
    store.events(since=date(2019, 10, 1), actor="protesters")
    store.edit_event(event_id, {"fatalities": 3}, user="analyst")
    store.close()

Everything it returns is a frozen dataclass of ``tigris.types`` (or ``AuditEntry`` / ``Summary``);
database failures are raised as ``tigris.errors.StoreError`` with a one-line reason.
"""

from __future__ import annotations

from .store import AuditEntry, SaveOutcome, Store, Summary, open_store

__all__ = ["AuditEntry", "SaveOutcome", "Store", "Summary", "open_store"]
