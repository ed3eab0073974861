"""Clinic scale: row versions for optimistic concurrency, and who may see which client.

- ``version`` on the rows two people can edit at once (markers, episodes, turns, comments, reviews, measures,
  slice codes): a write names the version it was based on, so a second, stale write is detected instead of
  silently overwriting the first.
- ``clients.therapist_id`` (the client's therapist), ``supervisions`` (supervisor → supervisee) and
  ``client_grants`` (a researcher or colleague granted a client), plus ``coders.db_role``: the PostgreSQL login a
  coder uses, which row-level security policies (installed by ``rupturetool admin``) map back to the coder.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("markers", "episodes", "turns", "comments", "reviews", "session_measures", "slice_codes")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("coders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_coders_db_role"), ["db_role"])
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("therapist_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_clients_therapist_id_coders"), "coders", ["therapist_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_clients_therapist_id"), ["therapist_id"], unique=False)
    op.create_table(
        "supervisions",
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column("supervisee_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["supervisor_id"], ["coders.id"], name=op.f("fk_supervisions_supervisor_id_coders")),
        sa.ForeignKeyConstraint(["supervisee_id"], ["coders.id"], name=op.f("fk_supervisions_supervisee_id_coders")),
        sa.PrimaryKeyConstraint("supervisor_id", "supervisee_id", name=op.f("pk_supervisions")),
    )
    op.create_table(
        "client_grants",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("granted_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_grants_client_id_clients"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], name=op.f("fk_client_grants_coder_id_coders")),
        sa.ForeignKeyConstraint(["granted_by_id"], ["coders.id"], name=op.f("fk_client_grants_granted_by_id_coders")),
        sa.PrimaryKeyConstraint("client_id", "coder_id", name=op.f("pk_client_grants")),
    )


def downgrade() -> None:
    op.drop_table("client_grants")
    op.drop_table("supervisions")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_therapist_id"))
        batch_op.drop_constraint(batch_op.f("fk_clients_therapist_id_coders"), type_="foreignkey")
        batch_op.drop_column("therapist_id")
    with op.batch_alter_table("coders", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_coders_db_role"), type_="unique")
        batch_op.drop_column("db_role")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
