"""Alembic environment of the tigris store.

``tigris.store.open_store`` runs the migrations on its own connection (passed in
``config.attributes["connection"]``). Developers can also run Alembic by hand:

    alembic -c src/tigris/store/alembic.ini upgrade head

which migrates the database named by ``sqlalchemy.url`` in that file or, when it is empty, by
``TIGRIS_DATABASE_URL`` (default ``sqlite:///tigris.db``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from tigris.settings import Settings
from tigris.store._engine import create_store_engine, parse_url
from tigris.store.models import Base

target_metadata = Base.metadata


def _database_url() -> str:
    return context.config.get_main_option("sqlalchemy.url") or Settings.from_env().database_url


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    shared = context.config.attributes.get("connection")
    if shared is not None:
        _run(shared)
        return
    engine = create_store_engine(parse_url(_database_url()))
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
