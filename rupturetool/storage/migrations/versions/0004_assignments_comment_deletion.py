"""Supervision: sessions assigned to (second, possibly blind) coders; comments soft-deleted so undo can restore them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("assigned_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(["assigned_by_id"], ["coders.id"], name=op.f("fk_assignments_assigned_by_id_coders")),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], name=op.f("fk_assignments_coder_id_coders")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_assignments_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
        sa.UniqueConstraint("session_id", "coder_id", name=op.f("uq_assignments_session_id")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_session_id"), ["session_id"], unique=False)
    # Existing comments are live: the server default fills the new column for them.
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    # Deleted comments were hidden; without the flag they would reappear, so they go (as a hard delete would).
    # Replies point at their thread's first comment only (threads are one level deep), so this removes them all.
    op.execute("DELETE FROM comments WHERE parent_id IN (SELECT id FROM comments WHERE deleted = true)")
    op.execute("DELETE FROM comments WHERE deleted = true")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_column("deleted")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_session_id"))
    op.drop_table("assignments")
