"""Evidence and review: a unit uploads and submits, an inspector approves, rejects or
reopens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, Evidence, Review, utcnow
from directives.domain import ActionState, DirectiveState, Move
from directives.errors import InvalidInput, InvalidTransition, NotFound, RateLimited
from directives.evidence import StoredFile
from directives.filetypes import check_name
from directives.org import Person
from directives.store.checks import (
    acting_on,
    check_independent,
    deny,
    get_action,
    get_directive,
    move_action,
    move_directive,
    person,
    replan,
    tell_unit,
)
from directives.store.coordination import may_contribute
from directives.store.signoff import request_signoff_if_complete
from directives.workspace import Workspace

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
        move_action(session, ws, action, Move.START, actor, now)


def add_evidence(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    stored: StoredFile,
    meta: EvidenceMeta,
    now: datetime | None = None,
) -> Evidence:
    """Attach an uploaded file to an action (a member of its lead or a coordinating unit;
    only the lead unit's upload starts the work, only the lead unit submits)."""
    now, actor, action = acting_on(session, ws, action_code, actor_id, now)
    if not may_contribute(actor, action):
        raise deny(
            actor, f"upload evidence to {action.code}", f"nộp tài liệu cho nhiệm vụ {action.code}"
        )
    name = check_name(meta.original_name)
    check_upload_quota(session, ws, actor, stored.size, now)
    if action.state not in {*OPEN_FOR_WORK, ActionState.IN_PROGRESS}:
        raise InvalidTransition(
            f"cannot add evidence to an action that is {action.state}",
            f"Không thể bổ sung tài liệu khi nhiệm vụ {action.code} đang ở trạng thái "
            "đã nộp hoặc đã được chấp thuận.",
        )
    if actor.unit == action.lead_unit:
        _start_if_needed(session, ws, action, actor, now)
    evidence = Evidence(
        action_id=action.id,
        sha256=stored.sha256,
        size=stored.size,
        media_type=stored.media_type,
        original_name=name[:255] or "tai-lieu",
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
    _audit_evidence(session, actor, action, evidence, now, added=True)
    return evidence


def _audit_evidence(
    session: Session, actor: Person, action: Action, item: Evidence, now: datetime, *, added: bool
) -> None:
    """The audit event of a file added to or withdrawn from ``action``: which row, which
    bytes, under what name (after the change when added, before it when withdrawn)."""
    row = {"evidence_id": item.id, "sha256": item.sha256, "name": item.original_name}
    audit.append(
        session,
        actor=actor.id,
        kind="evidence.added" if added else "evidence.withdrawn",
        directive_id=action.directive_id,
        action_id=action.id,
        before=None if added else row,
        after=row if added else None,
        at=now,
    )


def check_upload_quota(
    session: Session, ws: Workspace, actor: Person, size: int, now: datetime | None = None
) -> None:
    """At most ``uploads_per_hour`` files an hour and ``upload_bytes_per_day`` a day a person
    (``add_evidence`` asks; the portal asks too, before storing the bytes)."""
    now = now or utcnow()
    limits = ws.settings.portal

    def since(hours: int) -> tuple[int, int]:
        count, total = session.execute(
            select(func.count(Evidence.id), func.coalesce(func.sum(Evidence.size), 0)).where(
                Evidence.uploaded_by == actor.id,
                Evidence.uploaded_at > now - timedelta(hours=hours),
            )
        ).one()
        return int(count), int(total)

    if since(1)[0] >= limits.uploads_per_hour:
        raise RateLimited(
            f"{actor.id} uploaded {limits.uploads_per_hour} files in the last hour",
            f"Đồng chí đã tải lên {limits.uploads_per_hour} tệp trong một giờ qua, là mức tối đa; "
            "đề nghị thử lại sau.",
        )
    if since(24)[1] + size > limits.upload_bytes_per_day:
        raise RateLimited(
            f"{actor.id} is over the daily upload volume",
            f"Tổng dung lượng tệp đồng chí tải lên trong 24 giờ qua đã vượt mức tối đa "
            f"({limits.upload_bytes_per_day // (1024 * 1024)} MB); đề nghị thử lại sau.",
        )


def submit(
    session: Session, ws: Workspace, action_code: str, actor_id: str, now: datetime | None = None
) -> Action:
    """Send the action's new evidence to the inspection team for review."""
    now, actor, action = acting_on(session, ws, action_code, actor_id, now)
    pending = [e for e in action.evidence if e.submitted_at is None]
    # Open for work with files only a coordinating unit added: submitting starts it first.
    starts = action.state in OPEN_FOR_WORK and bool(pending)
    if actor.unit != action.lead_unit and (starts or action.state == ActionState.IN_PROGRESS):
        raise deny(  # (where the move itself is not allowed, that is said first, as before)
            actor,
            f"submit {action.code} (not of its lead unit)",
            f"nộp kết quả thực hiện nhiệm vụ {action.code} (chỉ đơn vị chủ trì nộp)",
        )
    if action.state == ActionState.IN_PROGRESS and not pending:
        raise InvalidInput(
            f"action {action.code} has no new evidence to submit",
            f"Nhiệm vụ {action.code} chưa có tài liệu kiểm chứng mới để nộp.",
        )
    if starts:
        move_action(session, ws, action, Move.START, actor, now)
    move_action(session, ws, action, Move.SUBMIT, actor, now, evidence=[e.id for e in pending])
    for item in pending:
        item.submitted_at = now
    action.submitted_at = now
    # The inspection team hears of it in the next sweep's review digest (one
    # message listing every submission awaiting review, with its round and the
    # files it added), not in one message per submission.
    replan(session, ws, action, now)
    return action


def withdraw_evidence(
    session: Session,
    ws: Workspace,
    evidence_id: int,
    actor_id: str,
    now: datetime | None = None,
) -> Evidence:
    """Take back a file not yet submitted (its uploader, a member of its unit or of the
    lead unit). Only the row goes: the stored bytes may serve other rows, and the
    custody sweep collects them once nothing refers to them."""
    now, actor = now or utcnow(), person(ws, actor_id)
    item = session.get(Evidence, evidence_id)
    if item is None:
        raise NotFound(f"no evidence {evidence_id}", "Không tìm thấy tài liệu kiểm chứng.")
    action = get_action(session, item.action.code, lock=True)
    if actor.id != item.uploaded_by and actor.unit not in {item.unit_id, action.lead_unit}:
        raise deny(
            actor,
            f"withdraw evidence {evidence_id}",
            f"rút tài liệu “{item.original_name}” của nhiệm vụ {action.code}",
        )
    if item.submitted_at is not None:
        raise InvalidTransition(
            f"evidence {evidence_id} was submitted",
            f"Tài liệu “{item.original_name}” đã được nộp để thẩm định, không thể rút lại.",
        )
    _audit_evidence(session, actor, action, item, now, added=False)
    session.delete(item)
    session.flush()
    return item


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
    now, actor, action = acting_on(session, ws, action_code, actor_id, now)
    comment = (comment or "").strip() or None
    if not approve and comment is None:
        raise InvalidInput(
            "a rejection needs a comment",
            "Khi trả lại nhiệm vụ, đề nghị ghi rõ ý kiến để đơn vị bổ sung, hoàn thiện.",
        )
    move = Move.APPROVE if approve else Move.REJECT
    move_action(session, ws, action, move, actor, now, comment=comment)
    check_independent(session, actor, action, "thẩm định")
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
    tell_unit(
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
        request_signoff_if_complete(session, ws, action.directive, now)
    return action


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
    move_action(session, ws, action, Move.REOPEN, actor, now, reason=reason)
    action.completed_on = None
    session.add(
        Review(action_id=action.id, reviewer=actor.id, decision="reopen", comment=reason, at=now)
    )
    if directive.state == DirectiveState.AWAITING_SIGNOFF:
        move_directive(
            session, directive, Move.RETURN_TO_ACTIVE, None, now, reason=f"{action.code} reopened"
        )
    tell_unit(
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
