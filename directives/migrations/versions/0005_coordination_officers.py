"""named officers on an action: xử lý chính, phối hợp, để biết

Revision ID: 0005_coordination
Revises: 0004_intake
Create Date: 2026-12-01 16:00:00

A new table only: nothing existing changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_coordination"
down_revision: str | Sequence[str] | None = "0004_intake"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "action_officers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["actions.id"], name=op.f("fk_action_officers_action_id_actions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_officers")),
        sa.UniqueConstraint(
            "action_id", "person_id", name=op.f("uq_action_officers_action_id_person_id")
        ),
    )
    with op.batch_alter_table("action_officers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_officers_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_officers_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("action_officers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_officers_person_id"))
        batch_op.drop_index(batch_op.f("ix_action_officers_action_id"))
    op.drop_table("action_officers")
