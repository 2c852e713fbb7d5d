"""access: server-side portal sessions, one-time sign-in links, their rate limit, disabled people

Revision ID: 0006_secaccess
Revises: 0005_coordination
Create Date: 2026-12-01 15:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_secaccess"
down_revision: str | Sequence[str] | None = "0005_coordination"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portal_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_portal_sessions_token_hash")),
    )
    op.create_index(
        op.f("ix_portal_sessions_person_id"), "portal_sessions", ["person_id"], unique=False
    )
    op.create_table(
        "sign_in_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("next_path", sa.String(length=512), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sign_in_links_token_hash")),
    )
    op.create_index(
        op.f("ix_sign_in_links_person_id"), "sign_in_links", ["person_id"], unique=False
    )
    op.create_table(
        "sign_in_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("address_hash", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_requests")),
    )
    for column in ("at", "address_hash", "client"):
        op.create_index(
            op.f(f"ix_sign_in_requests_{column}"), "sign_in_requests", [column], unique=False
        )
    op.create_table(
        "disabled_people",
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=False),
        sa.Column("disabled_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_disabled_people")),
    )


def downgrade() -> None:
    op.drop_table("disabled_people")
    for column in ("client", "address_hash", "at"):
        op.drop_index(op.f(f"ix_sign_in_requests_{column}"), table_name="sign_in_requests")
    op.drop_table("sign_in_requests")
    op.drop_index(op.f("ix_sign_in_links_person_id"), table_name="sign_in_links")
    op.drop_table("sign_in_links")
    op.drop_index(op.f("ix_portal_sessions_person_id"), table_name="portal_sessions")
    op.drop_table("portal_sessions")
