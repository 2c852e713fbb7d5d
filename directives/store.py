"""Every change to directives and actions: checked here, written with its audit event.

Each function runs inside the caller's transaction
(``with sessions.begin() as session: store.review(session, ws, ...)``), checks
who may act and whether the move is allowed, changes the rows, appends the
audit event and queues the messages it causes, all or nothing. The portal, the
CLI and the Prefect tasks all call these functions.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import (
    Action,
    AuditEvent,
    Directive,
    Evidence,
    ExtensionRequest,
    Review,
    Signoff,
    utcnow,
)
from directives.domain import (
    SYSTEM,
    UNIT,
    ActionState,
    DirectiveState,
    Move,
    Transition,
    action_transition,
    directive_transition,
)
from directives.errors import (
    DuplicateDirective,
    InvalidInput,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    SignoffRefused,
)
from directives.evidence import StoredFile
from directives.notify.messages import render
from directives.notify.outbox import enqueue
from directives.org import Person, Role
from directives.records import DeadlineKind, ParsedDirective
from directives.workspace import Workspace

SYSTEM_ACTOR = "system"
_CODE_ALPHABET = str.maketrans("", "", "=")


# Lookups ----------------------------------------------------------------------


def directive_code(number: str, issued_on: date | None) -> str:
    digest = hashlib.sha256(f"{number}|{issued_on}".encode()).digest()
    return base64.b32encode(digest).decode().translate(_CODE_ALPHABET)[:5]


def get_directive(session: Session, ref: str | int, *, lock: bool = False) -> Directive:
    """A directive by id, code or number (the newest if a number repeats)."""
    stmt = select(Directive)
    if isinstance(ref, int):
        stmt = stmt.where(Directive.id == ref)
    else:
        ref = ref.replace(" ", "")
        stmt = stmt.where((Directive.code == ref.upper()) | (Directive.number == ref))
    stmt = stmt.order_by(Directive.issued_on.desc()).limit(1)
    if lock:
        stmt = stmt.with_for_update()
    found = session.scalar(stmt)
    if found is None:
        raise NotFound(f"no directive {ref!r}", f"Không tìm thấy văn bản chỉ đạo “{ref}”.")
    return found


def get_action(session: Session, code: str, *, lock: bool = False) -> Action:
    stmt = select(Action).where(Action.code == code.strip().upper())
    if lock:
        stmt = stmt.with_for_update()
    found = session.scalar(stmt)
    if found is None:
        raise NotFound(f"no action {code!r}", f"Không tìm thấy nhiệm vụ “{code}”.")
    return found


def person(ws: Workspace, person_id: str) -> Person:
    found = ws.org.find_person(person_id)
    if found is None:
        raise PermissionDenied(
            f"unknown person {person_id!r}",
            f"Người dùng “{person_id}” không có trong danh bạ cơ quan.",
        )
    return found


# Checks -----------------------------------------------------------------------


def _acting_on(
    session: Session, ws: Workspace, action_code: str, actor_id: str, now: datetime | None
) -> tuple[datetime, Person, Action]:
    """The clock, the actor (who must be in the directory) and the action, locked for update."""
    return now or utcnow(), person(ws, actor_id), get_action(session, action_code, lock=True)


def _may(actor: Person | None, transition: Transition, action: Action | None) -> bool:
    if actor is None:
        return SYSTEM in transition.actors
    if UNIT in transition.actors and action is not None and actor.unit == action.lead_unit:
        return True
    return any(
        actor.has(Role(role)) for role in transition.actors if role in Role.__members__.values()
    )


def _deny(actor: Person, what_en: str, what_vi: str) -> PermissionDenied:
    return PermissionDenied(
        f"{actor.id} may not {what_en}",
        f"{actor.name} không có quyền {what_vi}.",
    )


def _move_action(
    session: Session,
    ws: Workspace,
    action: Action,
    move: Move,
    actor: Person | None,
    now: datetime,
    **details: Any,
) -> None:
    transition = action_transition(action.state, move)
    if not _may(actor, transition, action):
        assert actor is not None
        raise _deny(
            actor,
            f"{move.value} action {action.code}",
            f"thực hiện thao tác này với nhiệm vụ {action.code}",
        )
    before = action.state
    action.state = transition.target
    audit.append(
        session,
        actor=actor.id if actor else SYSTEM_ACTOR,
        kind=f"action.{move.value}",
        directive_id=action.directive_id,
        action_id=action.id,
        before={"state": before},
        after={"state": action.state, **details},
        at=now,
    )


def _move_directive(
    session: Session,
    directive: Directive,
    move: Move,
    actor: Person | None,
    now: datetime,
    **details: Any,
) -> None:
    transition = directive_transition(directive.state, move)
    if not _may(actor, transition, None):
        assert actor is not None
        raise _deny(actor, f"{move.value} directive {directive.number}", "thực hiện thao tác này")
    before = directive.state
    directive.state = transition.target
    audit.append(
        session,
        actor=actor.id if actor else SYSTEM_ACTOR,
        kind=f"directive.{move.value}",
        directive_id=directive.id,
        before={"state": before},
        after={"state": directive.state, **details},
        at=now,
    )


# Messages ---------------------------------------------------------------------


def document_label(document_type: str | None) -> str:
    return (document_type or "văn bản").capitalize()


def directive_context(directive: Directive) -> dict[str, Any]:
    return {
        "number": directive.number,
        "code": directive.code,
        "document_label": document_label(directive.document_type),
        "issued_on": directive.issued_on,
        "issuer": directive.issuer or "cơ quan ban hành",
        "subject": directive.subject or "",
    }


def action_context(action: Action) -> dict[str, Any]:
    words = action.text.split()
    short = " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return {
        "code": action.code,
        "seq": action.seq,
        "text": action.text,
        "short_text": short,
        "deadline": action.effective_deadline,
        "deadline_text": action.deadline_text,
    }


def notify(
    session: Session,
    ws: Workspace,
    *,
    event: str,
    template: str,
    recipients: list[Person],
    directive: Directive,
    action: Action | None = None,
    **context: Any,
) -> int:
    """Render ``template`` for each recipient and queue it; returns rows queued now."""
    queued = 0
    seen: set[str] = set()
    for recipient in recipients:
        if recipient.id in seen:
            continue
        seen.add(recipient.id)
        message = render(
            ws.settings.templates_dir,
            template,
            directive=directive_context(directive),
            action=action_context(action) if action else None,
            unit=ws.org.unit(action.lead_unit) if action else None,
            recipient=recipient,
            portal_url=ws.settings.portal.url,
            **context,
        )
        queued += len(
            enqueue(
                session,
                event=event,
                recipient=recipient,
                message=message,
                directive_id=directive.id,
                action_id=action.id if action else None,
            )
        )
    return queued


def _unit_people(ws: Workspace, unit_id: str) -> list[Person]:
    people = ws.org.assignees_of(unit_id)
    head = ws.org.head_of(unit_id)
    return people + ([head] if head and head not in people else [])


def _tell_unit(
    session: Session,
    ws: Workspace,
    action: Action,
    now: datetime,
    *,
    event: str,
    template: str,
    **context: Any,
) -> None:
    """Tell the action's unit what changed, then re-plan its reminders for the new state."""
    notify(
        session,
        ws,
        event=event,
        template=template,
        recipients=_unit_people(ws, action.lead_unit),
        directive=action.directive,
        action=action,
        **context,
    )
    _replan(session, ws, action, now)


def _inspectors(ws: Workspace) -> list[Person]:
    return ws.org.with_role(Role.INSPECTOR) + ws.org.with_role(Role.TEAM_LEADER)


def _replan(session: Session, ws: Workspace, action: Action, now: datetime) -> None:
    from directives.reminders import plan_reminders

    plan_reminders(session, action, ws.org, ws.reminder_policy, ws.calendar, ws.tz, now=now)


# Intake -----------------------------------------------------------------------


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


def set_flow_run(session: Session, directive_id: int, flow_run_id: str) -> None:
    directive = get_directive(session, directive_id, lock=True)
    directive.flow_run_id = flow_run_id


def assign_actions(session: Session, ws: Workspace, directive_id: int, now: datetime) -> int:
    """Mark each not-yet-assigned action assigned and plan its reminders, the assignment
    notice first (idempotent: a second call assigns nothing)."""
    directive = get_directive(session, directive_id, lock=True)
    announced = 0
    for action in directive.actions:
        if action.assigned_at is not None:
            continue
        action.assigned_at = now
        audit.append(
            session,
            actor=SYSTEM_ACTOR,
            kind="action.assigned",
            directive_id=directive.id,
            action_id=action.id,
            after={"unit": action.lead_unit, "deadline": action.effective_deadline},
            at=now,
        )
        # The assignment notice is the reminder policy's "on assignment"
        # reminder: planned here, sent by the sweep at the first allowed moment.
        _replan(session, ws, action, now)
        announced += 1
    return announced


# Evidence and review ----------------------------------------------------------

OPEN_FOR_WORK = {ActionState.ASSIGNED, ActionState.REJECTED, ActionState.REOPENED}


@dataclass(frozen=True)
class EvidenceMeta:
    original_name: str
    doc_number: str | None = None
    doc_date: date | None = None
    period: str | None = None
    criterion: str | None = None
    note: str | None = None


def _start_if_needed(
    session: Session, ws: Workspace, action: Action, actor: Person, now: datetime
) -> None:
    if action.state in OPEN_FOR_WORK:
        _move_action(session, ws, action, Move.START, actor, now)


def add_evidence(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    stored: StoredFile,
    meta: EvidenceMeta,
    now: datetime | None = None,
) -> Evidence:
    """Attach an uploaded file to an action (a member or head of its lead unit)."""
    now, actor, action = _acting_on(session, ws, action_code, actor_id, now)
    if actor.unit != action.lead_unit:
        raise _deny(
            actor, f"upload evidence to {action.code}", f"nộp tài liệu cho nhiệm vụ {action.code}"
        )
    if action.state not in {*OPEN_FOR_WORK, ActionState.IN_PROGRESS}:
        raise InvalidTransition(
            f"cannot add evidence to an action that is {action.state}",
            f"Không thể bổ sung tài liệu khi nhiệm vụ {action.code} đang ở trạng thái "
            "đã nộp hoặc đã được chấp thuận.",
        )
    _start_if_needed(session, ws, action, actor, now)
    evidence = Evidence(
        action_id=action.id,
        sha256=stored.sha256,
        size=stored.size,
        media_type=stored.media_type,
        original_name=meta.original_name[:255] or "tai-lieu",
        uploaded_by=actor.id,
        unit_id=actor.unit,
        uploaded_at=now,
        doc_number=meta.doc_number,
        doc_date=meta.doc_date,
        period=meta.period,
        criterion=meta.criterion,
        note=meta.note,
    )
    session.add(evidence)
    session.flush()
    audit.append(
        session,
        actor=actor.id,
        kind="evidence.added",
        directive_id=action.directive_id,
        action_id=action.id,
        after={"evidence_id": evidence.id, "sha256": stored.sha256, "name": evidence.original_name},
        at=now,
    )
    return evidence


def submit(
    session: Session, ws: Workspace, action_code: str, actor_id: str, now: datetime | None = None
) -> Action:
    """Send the action's new evidence to the inspection team for review."""
    now, actor, action = _acting_on(session, ws, action_code, actor_id, now)
    pending = [e for e in action.evidence if e.submitted_at is None]
    if action.state == ActionState.IN_PROGRESS and not pending:
        raise InvalidInput(
            f"action {action.code} has no new evidence to submit",
            f"Nhiệm vụ {action.code} chưa có tài liệu kiểm chứng mới để nộp.",
        )
    _move_action(session, ws, action, Move.SUBMIT, actor, now, evidence=[e.id for e in pending])
    for item in pending:
        item.submitted_at = now
    action.submitted_at = now
    notify(
        session,
        ws,
        event=f"submitted:{action.id}:{now.isoformat()}",
        template="evidence_submitted",
        recipients=_inspectors(ws),
        directive=action.directive,
        action=action,
        submitter=actor,
        evidence_count=len(pending),
    )
    _replan(session, ws, action, now)
    return action


def review(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    approve: bool,
    comment: str | None = None,
    now: datetime | None = None,
) -> Action:
    """An inspector approves or rejects the submitted evidence of an action."""
    now, actor, action = _acting_on(session, ws, action_code, actor_id, now)
    comment = (comment or "").strip() or None
    if not approve and comment is None:
        raise InvalidInput(
            "a rejection needs a comment",
            "Khi trả lại nhiệm vụ, đề nghị ghi rõ ý kiến để đơn vị bổ sung, hoàn thiện.",
        )
    move = Move.APPROVE if approve else Move.REJECT
    _move_action(session, ws, action, move, actor, now, comment=comment)
    session.add(
        Review(
            action_id=action.id,
            reviewer=actor.id,
            decision=move.value,
            comment=comment,
            submitted_at=action.submitted_at,
            at=now,
        )
    )
    if approve:
        assert action.submitted_at is not None
        action.completed_on = ws.local_date(action.submitted_at)
    _tell_unit(
        session,
        ws,
        action,
        now,
        event=f"reviewed:{action.id}:{now.isoformat()}",
        template="review_approved" if approve else "review_rejected",
        reviewer=actor,
        comment=comment,
    )
    if approve:
        _request_signoff_if_complete(session, ws, action.directive, now)
    return action


def _request_signoff_if_complete(
    session: Session, ws: Workspace, directive: Directive, now: datetime
) -> None:
    if directive.state != DirectiveState.ACTIVE:
        return
    if any(a.state != ActionState.APPROVED for a in directive.actions):
        return
    _move_directive(
        session, directive, Move.REQUEST_SIGNOFF, None, now, round=directive.signoff_round
    )
    notify(
        session,
        ws,
        event=f"signoff_requested:{directive.id}:{directive.signoff_round}",
        template="signoff_requested",
        recipients=signers(ws),
        directive=directive,
        action_count=len(directive.actions),
    )


def reopen(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    reason: str,
    now: datetime | None = None,
) -> Action:
    """An inspector reopens an approved action, with a reason."""
    now = now or utcnow()
    actor = person(ws, actor_id)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("reopening needs a reason", "Đề nghị nêu rõ lý do mở lại nhiệm vụ.")
    action = get_action(session, action_code, lock=True)
    directive = get_directive(session, action.directive_id, lock=True)
    if directive.state == DirectiveState.CLOSED:
        raise InvalidTransition(
            "the directive is closed",
            f"Văn bản {directive.number} đã kết thúc, không thể mở lại nhiệm vụ.",
        )
    _move_action(session, ws, action, Move.REOPEN, actor, now, reason=reason)
    action.completed_on = None
    session.add(
        Review(action_id=action.id, reviewer=actor.id, decision="reopen", comment=reason, at=now)
    )
    if directive.state == DirectiveState.AWAITING_SIGNOFF:
        _move_directive(
            session, directive, Move.RETURN_TO_ACTIVE, None, now, reason=f"{action.code} reopened"
        )
    _tell_unit(
        session,
        ws,
        action,
        now,
        event=f"reopened:{action.id}:{now.isoformat()}",
        template="reopened",
        reviewer=actor,
        reason=reason,
    )
    return action


# Extensions and reassignment --------------------------------------------------


def request_extension(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    until: date,
    reason: str,
    now: datetime | None = None,
) -> ExtensionRequest:
    now, actor, action = _acting_on(session, ws, action_code, actor_id, now)
    if actor.unit != action.lead_unit:
        raise _deny(
            actor, f"ask an extension for {action.code}", f"đề nghị gia hạn nhiệm vụ {action.code}"
        )
    if action.state == ActionState.APPROVED:
        raise InvalidTransition(
            "approved actions need no extension",
            f"Nhiệm vụ {action.code} đã được chấp thuận, không cần gia hạn.",
        )
    if not reason.strip():
        raise InvalidInput("an extension needs a reason", "Đề nghị nêu rõ lý do xin gia hạn.")
    if action.effective_deadline is not None and until <= action.effective_deadline:
        raise InvalidInput(
            "the new deadline must be later than the current one",
            f"Thời hạn đề nghị phải sau thời hạn hiện tại ({action.effective_deadline:%d/%m/%Y}).",
        )
    if session.scalar(
        select(ExtensionRequest.id).where(
            ExtensionRequest.action_id == action.id, ExtensionRequest.state == "pending"
        )
    ):
        raise InvalidInput(
            "an extension request is already pending",
            f"Nhiệm vụ {action.code} đã có đề nghị gia hạn đang chờ xem xét.",
        )
    request = ExtensionRequest(
        action_id=action.id,
        requested_by=actor.id,
        requested_at=now,
        until=until,
        reason=reason.strip(),
    )
    session.add(request)
    session.flush()
    audit.append(
        session,
        actor=actor.id,
        kind="extension.requested",
        directive_id=action.directive_id,
        action_id=action.id,
        after={"request_id": request.id, "until": until, "reason": request.reason},
        at=now,
    )
    notify(
        session,
        ws,
        event=f"extension_requested:{request.id}",
        template="extension_requested",
        recipients=_inspectors(ws),
        directive=action.directive,
        action=action,
        requester=actor,
        until=until,
        reason=request.reason,
    )
    return request


def decide_extension(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    approve: bool,
    comment: str | None = None,
    now: datetime | None = None,
) -> ExtensionRequest:
    """An inspector decides the pending extension request of an action."""
    now, actor, action = _acting_on(session, ws, action_code, actor_id, now)
    if not actor.has(Role.INSPECTOR):
        raise _deny(actor, "decide extensions", "quyết định gia hạn")
    request = session.scalar(
        select(ExtensionRequest)
        .where(ExtensionRequest.action_id == action.id, ExtensionRequest.state == "pending")
        .with_for_update()
    )
    if request is None:
        raise NotFound(
            f"no pending extension for {action.code}",
            f"Nhiệm vụ {action.code} không có đề nghị gia hạn nào đang chờ xem xét.",
        )
    request.state = "approved" if approve else "rejected"
    request.decided_by = actor.id
    request.decided_at = now
    request.decision_comment = comment
    before = action.effective_deadline
    if approve:
        action.effective_deadline = request.until
    audit.append(
        session,
        actor=actor.id,
        kind=f"extension.{request.state}",
        directive_id=action.directive_id,
        action_id=action.id,
        before={"effective_deadline": before},
        after={"effective_deadline": action.effective_deadline, "request_id": request.id},
        at=now,
    )
    _tell_unit(
        session,
        ws,
        action,
        now,
        event=f"extension_decided:{request.id}",
        template="extension_decided",
        decider=actor,
        approved=approve,
        until=request.until,
        comment=comment,
    )
    return request


def reassign(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    unit_id: str,
    now: datetime | None = None,
) -> Action:
    """An admin moves an action to another lead unit."""
    now = now or utcnow()
    actor = person(ws, actor_id)
    if not actor.has(Role.ADMIN):
        raise _deny(actor, "reassign actions", "giao lại nhiệm vụ cho đơn vị khác")
    unit = ws.org.match_unit(unit_id) or (
        ws.org.unit(unit_id) if unit_id in {u.id for u in ws.org.units} else None
    )
    if unit is None:
        raise NotFound(f"no unit {unit_id!r}", f"Không tìm thấy đơn vị “{unit_id}”.")
    action = get_action(session, action_code, lock=True)
    if action.state == ActionState.APPROVED:
        raise InvalidTransition(
            "an approved action cannot be reassigned",
            f"Nhiệm vụ {action.code} đã được chấp thuận, không thể giao lại.",
        )
    before = action.lead_unit
    if before == unit.id:
        return action
    action.lead_unit = unit.id
    audit.append(
        session,
        actor=actor.id,
        kind="action.reassigned",
        directive_id=action.directive_id,
        action_id=action.id,
        before={"unit": before},
        after={"unit": unit.id},
        at=now,
    )
    _replan(session, ws, action, now)  # the new unit's people get the assignment notice
    return action


# Sign-off ----------------------------------------------------------------------


def signers(ws: Workspace) -> list[Person]:
    """Who may sign a directive off under the configured quorum rule."""
    if ws.settings.workflow.signoff_quorum == "leader":
        return ws.org.with_role(Role.TEAM_LEADER)
    team_unit = ws.org.with_role(Role.TEAM_LEADER)[0].unit
    return ws.org.members(team_unit)


def quorum_needed(ws: Workspace) -> int:
    rule = ws.settings.workflow.signoff_quorum
    team = len(signers(ws))
    if rule == "leader":
        return 1
    if rule == "majority":
        return team // 2 + 1
    if rule == "all":
        return team
    raise ValueError(f"unknown signoff_quorum {rule!r}: use leader, majority or all")


@dataclass(frozen=True)
class SignoffOutcome:
    directive_id: int
    number: str
    round: int
    closed: bool
    refused: bool
    signatures: int
    needed: int


def unapproved_actions(directive: Directive) -> list[Action]:
    return [a for a in directive.actions if a.state != ActionState.APPROVED]


def sign_off(
    session: Session,
    ws: Workspace,
    ref: str | int,
    actor_id: str,
    *,
    refuse: bool = False,
    comment: str | None = None,
    now: datetime | None = None,
) -> SignoffOutcome:
    """A member of the inspection team signs (or refuses to sign) the directive off."""
    now = now or utcnow()
    actor = person(ws, actor_id)
    directive = get_directive(session, ref, lock=True)
    if actor not in signers(ws):
        raise _deny(
            actor,
            f"sign off {directive.number}",
            f"ký xác nhận hoàn thành văn bản {directive.number}",
        )
    if directive.state == DirectiveState.CLOSED:
        raise InvalidTransition(
            f"directive {directive.number} is already closed",
            f"Văn bản {directive.number} đã được ký xác nhận hoàn thành.",
        )
    open_actions = unapproved_actions(directive)
    if open_actions and not refuse:
        codes = ", ".join(a.code for a in open_actions)
        raise SignoffRefused(
            f"actions not approved yet: {codes}",
            f"Chưa thể ký xác nhận: các nhiệm vụ sau chưa được chấp thuận: {codes}.",
        )
    if refuse and not (comment or "").strip():
        raise InvalidInput("a refusal needs a comment", "Đề nghị ghi rõ lý do chưa ký xác nhận.")
    round_ = directive.signoff_round
    if session.scalar(
        select(Signoff.id).where(
            Signoff.directive_id == directive.id,
            Signoff.round == round_,
            Signoff.person_id == actor.id,
        )
    ):
        raise InvalidTransition(
            "already signed in this round",
            f"{actor.name} đã cho ý kiến ký xác nhận ở lượt này.",
        )
    session.add(
        Signoff(
            directive_id=directive.id,
            round=round_,
            person_id=actor.id,
            decision="refuse" if refuse else "sign",
            comment=comment,
            at=now,
        )
    )
    session.flush()
    needed = quorum_needed(ws)
    if refuse:
        if directive.state == DirectiveState.AWAITING_SIGNOFF:
            _move_directive(session, directive, Move.REFUSE_SIGNOFF, actor, now, comment=comment)
        else:
            audit.append(
                session,
                actor=actor.id,
                kind="directive.refuse_signoff",
                directive_id=directive.id,
                after={"state": directive.state, "comment": comment},
                at=now,
            )
        directive.signoff_round = round_ + 1
        notify(
            session,
            ws,
            event=f"signoff_refused:{directive.id}:{round_}",
            template="signoff_refused",
            recipients=ws.org.with_role(Role.DIRECTOR),
            directive=directive,
            refuser=actor,
            comment=comment,
        )
        return SignoffOutcome(directive.id, directive.number, round_, False, True, 0, needed)
    signatures = len(
        session.scalars(
            select(Signoff.id).where(
                Signoff.directive_id == directive.id,
                Signoff.round == round_,
                Signoff.decision == "sign",
            )
        ).all()
    )
    audit.append(
        session,
        actor=actor.id,
        kind="directive.signature",
        directive_id=directive.id,
        after={"round": round_, "signatures": signatures, "needed": needed},
        at=now,
    )
    closed = signatures >= needed
    if closed:
        _move_directive(session, directive, Move.SIGN, actor, now, round=round_)
        directive.closed_at = now
    return SignoffOutcome(directive.id, directive.number, round_, closed, False, signatures, needed)


def closed_out(session: Session, directive_id: int) -> bool:
    return (
        session.scalar(
            select(AuditEvent.id).where(
                AuditEvent.directive_id == directive_id, AuditEvent.kind == "directive.closed_out"
            )
        )
        is not None
    )


def record_closeout(
    session: Session,
    ws: Workspace,
    directive_id: int,
    *,
    report_url: str,
    summary: str,
    files: dict[str, str],
    now: datetime | None = None,
) -> bool:
    """Mark a closed directive as closed out and tell everyone; False if already done."""
    now = now or utcnow()
    directive = get_directive(session, directive_id, lock=True)
    if directive.state != DirectiveState.CLOSED:
        raise InvalidTransition(
            "only a signed-off directive can be closed out",
            f"Văn bản {directive.number} chưa được ký xác nhận hoàn thành.",
        )
    if closed_out(session, directive.id):
        return False
    audit.append(
        session,
        actor=SYSTEM_ACTOR,
        kind="directive.closed_out",
        directive_id=directive.id,
        after={"files": files},
        at=now,
    )
    recipients = ws.org.with_role(Role.DIRECTOR) + signers(ws)
    for unit_id in sorted({a.lead_unit for a in directive.actions}):
        head = ws.org.head_of(unit_id)
        if head:
            recipients.append(head)
    notify(
        session,
        ws,
        event=f"closed:{directive.id}",
        template="closed",
        recipients=recipients,
        directive=directive,
        summary=summary,
        report_url=report_url,
    )
    return True
