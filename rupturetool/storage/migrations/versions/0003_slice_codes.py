"""3RS segment-level codes: a coder's ratings and ticks per 5-minute slice of a session.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "slice_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("slice_index", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("significance", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "significance IS NULL OR significance BETWEEN 1 AND 5", name=op.f("ck_slice_codes_significance")
        ),
        sa.CheckConstraint("slice_index >= 0", name=op.f("ck_slice_codes_slice_index")),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], name=op.f("fk_slice_codes_coder_id_coders")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_slice_codes_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slice_codes")),
        sa.UniqueConstraint("session_id", "coder_id", "slice_index", "code", name=op.f("uq_slice_codes_session_id")),
    )
    with op.batch_alter_table("slice_codes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slice_codes_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("slice_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slice_codes_session_id"))

    op.drop_table("slice_codes")
