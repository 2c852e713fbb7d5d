"""messages: HTML part, link path, routing note and fallback data on the outbox;
per-person channel preferences

Revision ID: 0003_messages
Revises: 0002_security
Create Date: 2026-12-01 15:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_messages"
down_revision: str | Sequence[str] | None = "0002_security"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("html", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("link_path", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extra", sa.JSON(), nullable=True))
        batch_op.create_index(
            "ix_notifications_recipient", ["recipient_id", "created_at"], unique=False
        )
    op.create_table(
        "channel_preferences",
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("channels", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_channel_preferences")),
    )


def downgrade() -> None:
    op.drop_table("channel_preferences")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index("ix_notifications_recipient")
        batch_op.drop_column("extra")
        batch_op.drop_column("note")
        batch_op.drop_column("link_path")
        batch_op.drop_column("html")
