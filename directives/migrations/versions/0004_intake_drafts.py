"""intake: drafts, learned unit aliases, the parser's reading and the team of a directive

Revision ID: 0004_intake
Revises: 0003_messages
Create Date: 2026-12-01 15:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_intake"
down_revision: str | Sequence[str] | None = "0003_messages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intake_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("source_name", sa.String(length=255), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reading", sa.JSON(), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("inspection_team", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_drafts")),
    )
    with op.batch_alter_table("intake_drafts") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intake_drafts_source_sha256"), ["source_sha256"], unique=False
        )
    op.create_table(
        "unit_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("folded", sa.String(length=255), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("directive_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_aliases")),
        sa.UniqueConstraint("folded", name=op.f("uq_unit_aliases_folded")),
    )
    with op.batch_alter_table("unit_aliases") as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_aliases_unit_id"), ["unit_id"], unique=False)
    with op.batch_alter_table("directives") as batch_op:
        batch_op.add_column(sa.Column("parser_reading", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("inspection_team", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("directives") as batch_op:
        batch_op.drop_column("inspection_team")
        batch_op.drop_column("parser_reading")
    with op.batch_alter_table("unit_aliases") as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_aliases_unit_id"))
    op.drop_table("unit_aliases")
    with op.batch_alter_table("intake_drafts") as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_drafts_source_sha256"))
    op.drop_table("intake_drafts")
