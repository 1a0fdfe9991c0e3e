"""Opening a store: database creation, SQLite settings, migrations, and clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tigris.errors import StoreError
from tigris.settings import Settings
from tigris.store import Store, open_store
from tigris.store.models import Base
from tigris.types import Rejection

STORE_PACKAGE = Path(__file__).resolve().parents[2] / "src" / "tigris" / "store"
TABLES = {
    "users",
    "documents",
    "citations",
    "comments",
    "history_items",
    "events",
    "event_evidence",
    "rejections",
    "audit_log",
}


def test_open_creates_the_sqlite_file_with_every_table(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = open_store(f"sqlite:///{path}")
    store.close()
    assert path.exists()
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert names >= TABLES | {"alembic_version"}
    assert version == ("0003",)


def test_default_url_creates_tigris_db_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = Settings.from_env({}).database_url
    assert url == "sqlite:///tigris.db"
    open_store(url).close()
    assert (tmp_path / "tigris.db").is_file()


def test_url_from_environment_is_used(tmp_path: Path) -> None:
    path = tmp_path / "from-env.db"
    url = Settings.from_env({"TIGRIS_DATABASE_URL": f"sqlite:///{path}"}).database_url
    open_store(url).close()
    assert path.is_file()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_busy_timeout(
    sqlite_store: Store, sqlite_url: str
) -> None:
    path = sa.engine.make_url(sqlite_url).database
    assert path is not None
    with sqlite3.connect(path) as connection:
        # WAL is a property of the file: any connection sees it.
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    # foreign_keys and busy_timeout are per connection: look at one of the store's own.
    with sqlite_store._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (connection.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000


def test_reopening_keeps_the_data(sqlite_url: str, protest_doc, protest_event) -> None:
    with open_store(sqlite_url) as store:
        store.save(protest_doc, [protest_event])
    with open_store(sqlite_url) as store:
        assert store.document(protest_doc.id) == protest_doc
        assert store.events() == [protest_event]


# Tables that migration 0003 keeps up with SQL triggers alone, with no ORM model: the data
# version counter, and on SQLite the full-text search index with FTS5's own tables.
SQL_ONLY_TABLES = {"data_version", "event_search"}


def _orm_name(name: str | None, type_: str, _parent: object) -> bool:
    if type_ != "table" or name is None:
        return True
    return name not in SQL_ONLY_TABLES and not name.startswith("event_search_")


def test_migration_matches_the_models(store: Store, store_url: str) -> None:
    engine = sa.create_engine(store_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": _orm_name}
            )
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_migrations_downgrade_to_an_empty_database(tmp_path: Path) -> None:
    from alembic import command

    from tigris.store._engine import alembic_config

    path = tmp_path / "down.db"
    open_store(f"sqlite:///{path}").close()
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.downgrade(config, "base")
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names & TABLES == set()
    # And up again, as open_store does.
    open_store(f"sqlite:///{path}").close()


def test_developer_alembic_ini_migrates_the_database_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic.config import main

    path = tmp_path / "dev.db"
    monkeypatch.setenv("TIGRIS_DATABASE_URL", f"sqlite:///{path}")
    main(argv=["-c", str(STORE_PACKAGE / "alembic.ini"), "upgrade", "head"])
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names >= TABLES


# ---------------------------------------------------------------- errors


def _assert_one_line(exc: StoreError) -> str:
    message = str(exc)
    assert message and "\n" not in message
    return message


def test_missing_folder_is_a_store_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("sqlite:////proc/nonexistent/x.db")
    message = _assert_one_line(caught.value)
    assert "/proc/nonexistent/x.db" in message
    assert "does not exist" in message


def test_location_where_no_file_can_be_created_is_a_store_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("sqlite:////proc/tigris-cannot-live-here.db")
    assert "/proc/tigris-cannot-live-here.db" in _assert_one_line(caught.value)


def test_folder_instead_of_a_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{tmp_path}")
    assert "folder" in _assert_one_line(caught.value)


def test_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are someone's notes, not a database\n" * 200)
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{path}")
    assert "not a database" in _assert_one_line(caught.value)
    assert path.read_text().startswith("these are someone's notes")


def test_unreachable_postgres_is_a_store_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    message = _assert_one_line(caught.value)
    assert "127.0.0.1" in message
    assert "secret" not in message


def test_invalid_url_is_a_store_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("this is not a database url")
    assert "database URL" in _assert_one_line(caught.value)


def test_database_from_a_newer_tigris_is_a_store_error(sqlite_url: str) -> None:
    open_store(sqlite_url).close()
    path = sa.engine.make_url(sqlite_url).database
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(StoreError) as caught:
        open_store(sqlite_url)
    assert "schema" in _assert_one_line(caught.value)


def test_sqlite_readers_go_on_and_writers_wait_while_another_process_writes(
    sqlite_store: Store, sqlite_url: str, protest_doc, protest_event
) -> None:
    import threading
    import time

    sqlite_store.save_rejection(Rejection(origin="before.txt", reason="empty input"))
    path = sa.engine.make_url(sqlite_url).database
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO rejections (origin, reason, stage) VALUES ('other.txt', 'too large', 'ingest')"
    )
    release = threading.Timer(0.4, lambda: other.execute("COMMIT"))
    release.start()
    try:
        started = time.monotonic()
        assert [r.origin for r in sqlite_store.rejections()] == ["before.txt"]  # WAL: no waiting to read
        assert time.monotonic() - started < 0.3
        assert sqlite_store.save(protest_doc, [protest_event]) == "added"  # waits for the other writer
        assert time.monotonic() - started >= 0.3
    finally:
        release.join()
        other.close()
    assert [r.origin for r in sqlite_store.rejections()] == ["before.txt", "other.txt"]
