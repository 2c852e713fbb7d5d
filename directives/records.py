"""The parsed directive: what the parser reads out of a letter, before it is stored.

Neither Prefect nor SQLAlchemy is imported here; the parser, the store and the
CLI's ``parse --json`` all speak this model.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class DeadlineKind(StrEnum):
    BEFORE = "before"
    BY = "by"
    WITHIN_WORKING_DAYS = "within_working_days"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEARLY = "yearly"
    NONE = "none"


class Reference(BaseModel):
    """A document the directive cites (báo cáo, thông báo, quyết định ...)."""

    model_config = ConfigDict(frozen=True)

    number: str
    type: str | None = None
    issuer: str | None = None
    issued_on: date | None = None


class ParsedAction(BaseModel):
    seq: int = Field(ge=1)
    text: str
    lead_unit: str | None = None
    coordinating_units: list[str] = Field(default_factory=list)
    deadline: date | None = None
    deadline_kind: DeadlineKind = DeadlineKind.NONE
    deadline_text: str | None = None


class Signer(BaseModel):
    capacity: str | None = None
    title: str | None = None
    name: str | None = None


class FieldSource(BaseModel):
    """Where a parsed field came from: its lines in the text (1-based, first and last) and
    how sure the parser is of it (0 to 1). ``lines`` is None when the value was inferred
    rather than read (a type from the number, the directory's addressee as lead)."""

    lines: tuple[int, int] | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class ParsedDirective(BaseModel):
    """Exactly the fields ``directives parse FILE --json`` prints."""

    document_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    issued_on: date | None = None
    subject: str | None = None
    recipients: list[str] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    actions: list[ParsedAction] = Field(default_factory=list)
    signer: Signer | None = None
    distribution: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # per field ("number", "subject", "actions.1", "signer" ...): where it came from
    provenance: dict[str, FieldSource] = Field(default_factory=dict)
