"""The intake's tables: drafts an admin checks before assignment, and unit aliases learned
from the admin's corrections.

They sit beside ``db.py`` (same ``Base``, same migrations) to keep each module small.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from directives.db import Base, utcnow


class IntakeDraft(Base):
    """A letter read by the parser and being corrected by an admin; gone once confirmed."""

    __tablename__ = "intake_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    source_name: Mapped[str] = mapped_column(String(255))
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    reading: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the parser read
    draft: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the admin has set so far
    inspection_team: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)


class UnitAlias(Base):
    """Another name of a unit of the org directory, learned when an admin mapped it by hand."""

    __tablename__ = "unit_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    alias: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(String(255), unique=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    directive_id: Mapped[int | None] = mapped_column(Integer)


__all__ = ["IntakeDraft", "UnitAlias"]
