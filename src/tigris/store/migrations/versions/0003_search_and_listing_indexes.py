"""Fast filtered listings for the web workbench: composite indexes that serve a filter and the date
order together, a full-text index of each event's text (SQLite), and a data version counter.

* Indexes lead with a filter column and go on with ``date, event_id``, so a page of events of one
  type, governorate or actor, newest first, is read from the index without sorting every match.
* ``event_search`` (SQLite with the FTS5 trigram tokenizer, SQLite 3.34 or newer): one row per
  event, keyed by the event's rowid, with three columns: ``body`` (evidence sentences, notes,
  location, actor1 and actor2: what the text search looks in), ``place`` (location and
  administrative units) and ``actors`` (actor1, actor2 and the associated actors).
  Triggers on ``events`` and ``event_evidence`` keep it in step with every write, whoever makes it
  (``Store.save``, an analyst's edit, a merge or a split). The trigram tokenizer finds any piece of
  text of three characters or more, as ``LIKE '%...%'`` does.
* ``data_version``: one row whose counter triggers bump on every change to events, their evidence
  and documents, so readers can tell cheaply whether a cached count is still right.

Revision ID: 0003
Revises: 0002
Create Date: 2025-03-01
"""

# The SQL below is put together from this module's own constants; no value comes from outside.
# ruff: noqa: S608

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index name, column names) on ``events``.
EVENT_INDEXES: tuple[tuple[str, list[str]], ...] = (
    ("ix_events_admin1_date", ["admin1", "date", "event_id"]),
    ("ix_events_event_type_date", ["event_type", "date", "event_id"]),
    ("ix_events_sub_event_type_date", ["sub_event_type", "date", "event_id"]),
    # Covers the counts per governorate of the whole record (the map with no filter).
    ("ix_events_admin1_fatalities", ["admin1", "fatalities", "latitude", "longitude"]),
    ("ix_events_actor1_id_date", ["actor1_id", "date", "event_id"]),
    ("ix_events_actor2_id_date", ["actor2_id", "date", "event_id"]),
    # Covers the counts of a date range (facets, totals, governorates, located events): they are
    # read from this index alone, without visiting the rows.
    (
        "ix_events_date_facets",
        [
            "date",
            "event_type",
            "sub_event_type",
            "admin1",
            "review_status",
            "actor1",
            "actor1_id",
            "actor2_id",
            "doc_id",
            "fatalities",
            "latitude",
            "longitude",
        ],
    ),
)
# Indexes of 0002 that the ones above make redundant (each is a prefix of a new one), and the
# review status index: with four values, most events "auto", SQLite chose it over far narrower
# indexes of the other filters (a governorate, a type) and read most of the table.
REPLACED: tuple[tuple[str, list[str]], ...] = (
    ("ix_events_admin1", ["admin1"]),
    ("ix_events_actor1_id", ["actor1_id"]),
    ("ix_events_actor2_id", ["actor2_id"]),
    ("ix_events_review_status", ["review_status"]),
)
LOCATED = "latitude IS NOT NULL AND longitude IS NOT NULL"
TRIGRAM_SQLITE = (3, 34, 0)


def _lines(*columns: str) -> str:
    """SQL joining the columns of event ``e``, one a line (a missing value is an empty line)."""
    return " || char(10) || ".join(f"coalesce({c}, '')" for c in columns)


# What each search column holds: the fields the text, place and actor filters look in.
_BODY = _lines(
    "e.notes",
    "e.location",
    "e.actor1",
    "e.actor2",
    "(SELECT group_concat(v.text, char(10)) FROM event_evidence AS v WHERE v.event_id = e.event_id)",
)
_PLACE = _lines("e.location", "e.admin1", "e.admin2", "e.country")
_ACTORS = _lines("e.actor1", "e.actor2", "e.assoc_actor_1", "e.assoc_actor_2")
_ROW = f"e.rowid, {_BODY}, {_PLACE}, {_ACTORS}"
SEARCH_COLUMNS = "rowid, body, place, actors"


def _reindex_event(key: str) -> str:
    """Statements that rewrite the search row of the event whose id is ``key`` (a trigger expression)."""
    return (
        f"DELETE FROM event_search WHERE rowid = (SELECT rowid FROM events WHERE event_id = {key}); "
        f"INSERT INTO event_search ({SEARCH_COLUMNS}) SELECT {_ROW} FROM events AS e "
        f"WHERE e.event_id = {key};"
    )


_BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1;"

SQLITE_TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "trg_events_search_insert",
        f"AFTER INSERT ON events BEGIN {_reindex_event('new.event_id')} END",
    ),
    (
        "trg_events_search_update",
        "AFTER UPDATE OF event_id, notes, location, admin1, admin2, country, actor1, actor2, "
        "assoc_actor_1, assoc_actor_2 ON events BEGIN "
        "DELETE FROM event_search WHERE rowid = old.rowid; "
        f"{_reindex_event('new.event_id')} END",
    ),
    (
        "trg_events_search_delete",
        "AFTER DELETE ON events BEGIN DELETE FROM event_search WHERE rowid = old.rowid; END",
    ),
    (
        "trg_evidence_search_insert",
        f"AFTER INSERT ON event_evidence BEGIN {_reindex_event('new.event_id')} END",
    ),
    (
        "trg_evidence_search_update",
        "AFTER UPDATE ON event_evidence BEGIN "
        f"{_reindex_event('old.event_id')} {_reindex_event('new.event_id')} END",
    ),
    (
        "trg_evidence_search_delete",
        f"AFTER DELETE ON event_evidence BEGIN {_reindex_event('old.event_id')} END",
    ),
)
VERSIONED_TABLES: tuple[str, ...] = ("events", "event_evidence", "documents")
WRITES: tuple[str, ...] = ("INSERT", "UPDATE", "DELETE")


def _trigram_available() -> bool:
    return sqlite3.sqlite_version_info >= TRIGRAM_SQLITE


def upgrade() -> None:
    for name, columns in EVENT_INDEXES:
        op.create_index(name, "events", columns)
    op.create_index(
        "ix_events_located_date",
        "events",
        ["date", "event_id"],
        sqlite_where=sa.text(LOCATED),
        postgresql_where=sa.text(LOCATED),
    )
    for name, _columns in REPLACED:
        op.drop_index(name, table_name="events")

    op.execute("CREATE TABLE data_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)")
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in VERSIONED_TABLES:
            for write in WRITES:
                op.execute(
                    f"CREATE TRIGGER trg_{table}_version_{write.lower()} AFTER {write} ON {table} "
                    f"BEGIN {_BUMP} END"
                )
        if _trigram_available():
            op.execute(
                "CREATE VIRTUAL TABLE event_search USING fts5(body, place, actors, tokenize='trigram')"
            )
            op.execute(f"INSERT INTO event_search ({SEARCH_COLUMNS}) SELECT {_ROW} FROM events AS e")
            for name, body in SQLITE_TRIGGERS:
                op.execute(f"CREATE TRIGGER {name} {body}")
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION tigris_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {_BUMP} RETURN NULL; END $$"
        )
        for table in VERSIONED_TABLES:
            op.execute(
                f"CREATE TRIGGER trg_{table}_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION tigris_bump_data_version()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, _body in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS event_search")
        for table in VERSIONED_TABLES:
            for write in WRITES:
                op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_version_{write.lower()}")
    elif dialect == "postgresql":
        for table in VERSIONED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_version ON {table}")
        op.execute("DROP FUNCTION IF EXISTS tigris_bump_data_version()")
    op.execute("DROP TABLE data_version")
    for name, columns in REPLACED:
        op.create_index(name, "events", columns)
    op.drop_index("ix_events_located_date", table_name="events")
    for name, _columns in reversed(EVENT_INDEXES):
        op.drop_index(name, table_name="events")
