"""Intake: a parsed directive stored with its actions, each not yet announced."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, Directive, utcnow
from directives.domain import ActionState, DirectiveState
from directives.errors import DuplicateDirective, InvalidInput
from directives.evidence import StoredFile
from directives.records import DeadlineKind, ParsedDirective
from directives.store.checks import SYSTEM_ACTOR
from directives.workspace import Workspace

_CODE_ALPHABET = str.maketrans("", "", "=")


def directive_code(number: str, issued_on: date | None) -> str:
    digest = hashlib.sha256(f"{number}|{issued_on}".encode()).digest()
    return base64.b32encode(digest).decode().translate(_CODE_ALPHABET)[:5]


def ingest(
    session: Session,
    ws: Workspace,
    parsed: ParsedDirective,
    *,
    source: StoredFile,
    source_name: str,
    received_on: date,
    actor: str = SYSTEM_ACTOR,
    now: datetime | None = None,
) -> Directive:
    """Store a parsed directive and its actions (state ``assigned``, not yet announced)."""
    now = now or utcnow()
    if not parsed.number or not parsed.actions:
        raise InvalidInput(
            "directive has no number or no actions",
            "Văn bản thiếu số, ký hiệu hoặc không có nhiệm vụ nào cần thực hiện.",
        )
    dupe = session.scalar(
        select(Directive).where(
            (Directive.source_sha256 == source.sha256)
            | ((Directive.number == parsed.number) & (Directive.issued_on == parsed.issued_on))
        )
    )
    if dupe is not None:
        raise DuplicateDirective(
            f"directive {parsed.number} was already ingested",
            f"Văn bản số {parsed.number} đã được tiếp nhận trước đây (mã {dupe.code}).",
        )
    code = directive_code(parsed.number, parsed.issued_on)
    directive = Directive(
        code=code,
        number=parsed.number,
        document_type=parsed.document_type,
        issuer=parsed.issuer,
        issued_on=parsed.issued_on,
        subject=parsed.subject,
        received_on=received_on,
        source_name=source_name[:255],
        source_sha256=source.sha256,
        parsed=parsed.model_dump(mode="json"),
        state=DirectiveState.ACTIVE.value,
        signoff_round=1,
        created_at=now,
    )
    session.add(directive)
    session.flush()
    default_days = ws.settings.workflow.default_deadline_working_days
    for item in parsed.actions:
        unit = ws.org.match_unit(item.lead_unit) if item.lead_unit else None
        unit = unit or ws.org.addressee
        deadline, deadline_text = item.deadline, item.deadline_text
        if deadline is None and default_days > 0:
            deadline = ws.calendar.add_working_days(received_on, default_days)
            deadline_text = f"Mặc định {default_days} ngày làm việc kể từ ngày nhận văn bản"
        coordinating = [
            u.id for name in item.coordinating_units if (u := ws.org.match_unit(name)) is not None
        ]
        session.add(
            Action(
                directive_id=directive.id,
                seq=item.seq,
                code=f"{code}-{item.seq}",
                text=item.text,
                lead_unit=unit.id,
                coordinating_units=coordinating,
                deadline_kind=(item.deadline_kind if item.deadline else DeadlineKind.NONE).value,
                deadline_text=deadline_text,
                original_deadline=deadline,
                effective_deadline=deadline,
                state=ActionState.ASSIGNED.value,
            )
        )
    session.flush()
    audit.append(
        session,
        actor=actor,
        kind="directive.ingested",
        directive_id=directive.id,
        after={"number": directive.number, "code": code, "actions": len(parsed.actions)},
        at=now,
    )
    return directive
