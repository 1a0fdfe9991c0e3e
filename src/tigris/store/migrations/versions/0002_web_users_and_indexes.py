"""Accounts of the web workbench, and indexes for its filtered, sorted event listing and map.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index name, column names) on ``events``: the filters and sort keys of the workbench.
EVENT_INDEXES: tuple[tuple[str, list[str]], ...] = (
    ("ix_events_date_event_id", ["date", "event_id"]),
    ("ix_events_event_type_sub_event_type", ["event_type", "sub_event_type"]),
    ("ix_events_admin1", ["admin1"]),
    ("ix_events_actor1_id", ["actor1_id"]),
    ("ix_events_actor2_id", ["actor2_id"]),
    ("ix_events_review_status", ["review_status"]),
    ("ix_events_fatalities", ["fatalities"]),
)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('admin', 'analyst', 'reader')", name="ck_users_role"),
        sa.PrimaryKeyConstraint("name", name="pk_users"),
    )
    for name, columns in EVENT_INDEXES:
        op.create_index(name, "events", columns)
    op.create_index("ix_event_evidence_doc_id", "event_evidence", ["doc_id"])


def downgrade() -> None:
    op.drop_index("ix_event_evidence_doc_id", table_name="event_evidence")
    for name, _columns in reversed(EVENT_INDEXES):
        op.drop_index(name, table_name="events")
    op.drop_table("users")
