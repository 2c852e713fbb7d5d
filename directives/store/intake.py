"""Intake: a parsed directive stored with its actions, each not yet announced."""

from __future__ import annotations

import base64
import hashlib
import logging
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, Directive, utcnow
from directives.domain import ActionState, DirectiveState
from directives.errors import DuplicateDirective, InvalidInput
from directives.evidence import StoredFile
from directives.org import OrgDirectory
from directives.records import DeadlineKind, ParsedAction, ParsedDirective
from directives.store.checks import SYSTEM_ACTOR, team_units, unassignable_reason
from directives.store.drafts import add_alias, require_admin
from directives.workspace import Workspace

_CODE_ALPHABET = str.maketrans("", "", "=")
log = logging.getLogger(__name__)


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
    org: OrgDirectory | None = None,
    reading: ParsedDirective | None = None,
    inspection_team: str | None = None,
) -> Directive:
    """Store a parsed directive and its actions (state ``assigned``, not yet announced).

    ``parsed`` is what is assigned; ``reading`` what the parser read, when an admin
    corrected it: each correction is audited, and each unit name the admin mapped
    by hand is learned as an alias. ``org`` is the directory with the learned
    aliases; ``inspection_team`` the unit whose inspectors review this directive
    (None: the global team).
    """
    require_admin(ws, actor, "take in directives", "tiếp nhận văn bản chỉ đạo")
    now = now or utcnow()
    org = org or ws.org
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
    units = [_units_of(ws, org, item, inspection_team) for item in parsed.actions]
    dropped = [w for _, _, warnings in units for w in warnings]
    if dropped:
        log.warning("directive %s: %s", parsed.number, "; ".join(dropped))
        parsed = parsed.model_copy(update={"warnings": [*parsed.warnings, *dropped]})
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
        parser_reading=(reading or parsed).model_dump(mode="json"),
        inspection_team=inspection_team,
        state=DirectiveState.ACTIVE.value,
        signoff_round=1,
        created_at=now,
    )
    session.add(directive)
    session.flush()
    default_days = ws.settings.workflow.default_deadline_working_days
    for item, (lead, coordinating, _) in zip(parsed.actions, units, strict=True):
        deadline, deadline_text = item.deadline, item.deadline_text
        if deadline is None and default_days > 0:
            deadline = ws.calendar.add_working_days(received_on, default_days)
            deadline_text = f"Mặc định {default_days} ngày làm việc kể từ ngày nhận văn bản"
        session.add(
            Action(
                directive_id=directive.id,
                seq=item.seq,
                code=f"{code}-{item.seq}",
                text=item.text,
                lead_unit=lead,
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
    if reading is not None:
        _record_corrections(session, ws, directive.id, reading, parsed, org, actor, now)
    return directive


def _record_corrections(
    session: Session,
    ws: Workspace,
    directive_id: int,
    reading: ParsedDirective,
    final: ParsedDirective,
    org: OrgDirectory,
    actor: str,
    now: datetime,
) -> None:
    """One audit event per corrected field, then the unit names mapped by hand learned."""
    from directives.drafting import corrections, hand_mapped_units  # see _units_of

    for fix in corrections(reading, final):
        audit.append(
            session,
            actor=actor,
            kind="directive.corrected",
            directive_id=directive_id,
            before={"field": fix.field, "value": fix.parser},
            after={"field": fix.field, "value": fix.admin},
            at=now,
        )
    for name, unit_id in hand_mapped_units(reading, final, org):
        add_alias(session, ws, name, unit_id, actor, directive_id=directive_id, now=now)


def _units_of(
    ws: Workspace, org: OrgDirectory, item: ParsedAction, team: str | None
) -> tuple[str, list[str], list[str]]:
    """The action's lead unit, its coordinating units and why any named unit was set aside:
    the inspection team never leads or coordinates, and a unit outside the department is
    never given an action (the addressee leads in its place)."""
    # imported here: drafting loads the whole parser, which a flow run (importing the
    # store for assignment and sign-off) never uses
    from directives.drafting import find_unit

    warnings: list[str] = []
    unit = find_unit(org, item.lead_unit) if item.lead_unit else None
    if unit is not None and (reason := unassignable_reason(ws, unit, team)) is not None:
        warnings.append(
            f"Nhiệm vụ {item.seq}: {reason}; giao {org.addressee.name} chủ trì thay thế."
        )
        unit = None
    lead = (unit or org.addressee).id
    coordinating: list[str] = []
    for name in item.coordinating_units:
        found = find_unit(org, name)
        if found is None:
            continue
        if found.id in team_units(ws, team):
            warnings.append(
                f"Nhiệm vụ {item.seq}: {unassignable_reason(ws, found, team)}; đã bỏ ra."
            )
            continue
        coordinating.append(found.id)
    return lead, coordinating, warnings
