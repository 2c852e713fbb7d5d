"""audit events say whether their chain value is keyed (HMAC) or the legacy sha256

Revision ID: 0002_security
Revises: 0001
Create Date: 2026-12-01 15:00:00

Existing events stay unkeyed and are verified as before; every event appended
after this migration is keyed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_security"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("keyed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("keyed")
