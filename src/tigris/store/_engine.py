"""Engine creation and schema migration for the store (SQLite in WAL mode, or PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from tigris.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
# Each SQLite connection keeps up to this many KiB of the database in its own page cache, and
# reads the file through a memory map of up to MMAP_BYTES: a page read is then a memory access
# instead of a read() call and a copy. Both are ceilings, used only as the database grows.
CACHE_KIB = 64 * 1024
MMAP_BYTES = 512 * 1024 * 1024
CONNECT_TIMEOUT_S = 10


def one_line(exc: BaseException) -> str:
    """The first line of the driver's message, without SQLAlchemy's statement dump."""
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(inner).strip().splitlines()
    return lines[0] if lines else type(inner).__name__


def display_url(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"invalid database URL {url!r}: {one_line(exc)}") from exc


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL, or None for an in-memory or URI-style database."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def check_sqlite_location(path: Path) -> None:
    """Fail early, with a reason a user can act on, when the file cannot be created or written."""
    folder = path.parent
    if path.is_dir():
        raise StoreError(f"cannot open SQLite database {path}: it is a folder")
    if not folder.is_dir():
        raise StoreError(f"cannot open SQLite database {path}: folder {folder} does not exist")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(f"cannot open SQLite database {path}: the file is not writable")
    elif not os.access(folder, os.W_OK):
        raise StoreError(f"cannot create SQLite database {path}: folder {folder} is not writable")


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # tigris issues BEGIN itself (see _sqlite_on_begin), so the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # A writing transaction takes the write lock at once, so two writers wait for each other
    # (up to the busy timeout) instead of failing when a read lock cannot be upgraded.
    immediate = connection.get_execution_options().get("tigris_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_store_engine(url: URL) -> Engine:
    """An engine for ``url``; nothing is connected yet."""
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_on_connect)
            event.listen(engine, "begin", _sqlite_on_begin)
            return engine
        connect_args: dict[str, Any] = {}
        if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {display_url(url)}: {one_line(exc)}") from exc


def alembic_config() -> Config:
    """Alembic's configuration for the migrations shipped in the package (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (``alembic upgrade head``)."""
    shown = display_url(engine.url)
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as exc:
        raise StoreError(
            f"database {shown} has a schema this version of tigris does not know: {one_line(exc)}"
        ) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open database {shown}: {one_line(exc)}") from exc
