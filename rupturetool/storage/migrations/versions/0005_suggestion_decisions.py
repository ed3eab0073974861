"""Suggestions: every coder decision on a machine suggestion (accepted, rejected, changed) and the marker it made.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "suggestion_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("turn_id", sa.Integer(), nullable=False),
        sa.Column("segment_index", sa.Integer(), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(length=64), nullable=False),
        sa.Column("subtype", sa.String(length=32), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("final_subtype", sa.String(length=32), nullable=True),
        sa.Column("marker_id", sa.Integer(), nullable=True),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("suggester", sa.String(length=120), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("start_char >= 0 AND end_char > start_char", name=op.f("ck_suggestion_decisions_span")),
        sa.CheckConstraint(
            "decision IN ('accepted', 'rejected', 'changed')", name=op.f("ck_suggestion_decisions_decision")
        ),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], name=op.f("fk_suggestion_decisions_coder_id_coders")),
        sa.ForeignKeyConstraint(
            ["marker_id"], ["markers.id"], name=op.f("fk_suggestion_decisions_marker_id_markers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_suggestion_decisions_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["turn_id"], ["turns.id"], name=op.f("fk_suggestion_decisions_turn_id_turns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_decisions")),
    )
    with op.batch_alter_table("suggestion_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_decisions_coder_id"), ["coder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_decisions_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("suggestion_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestion_decisions_session_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_decisions_coder_id"))
    op.drop_table("suggestion_decisions")
