"""Extensions: a unit asks for a later deadline, an inspector decides."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.calendar import check_in_range
from directives.db import ExtensionRequest
from directives.domain import ActionState
from directives.errors import InvalidInput, InvalidTransition, NotFound
from directives.org import Role
from directives.store.checks import (
    acting_on,
    check_independent,
    deny,
    in_team,
    inspectors,
    notify,
    tell_unit,
    works_for,
)
from directives.workspace import Workspace


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
    now, actor, action = acting_on(session, ws, action_code, actor_id, now)
    check_in_range(until, "Thời hạn đề nghị gia hạn")
    if not works_for(actor, action):
        raise deny(
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
        recipients=inspectors(ws, action.directive),
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
    now, actor, action = acting_on(session, ws, action_code, actor_id, now)
    if not actor.has(Role.INSPECTOR) or not in_team(actor, action.directive):
        raise deny(actor, "decide extensions", "quyết định gia hạn")
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
    check_independent(session, actor, action, "quyết định gia hạn", also=(request.requested_by,))
    check_in_range(request.until, "Thời hạn đề nghị gia hạn")
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
    tell_unit(
        session,
        ws,
        action,
        now,
        event=f"extension_decided:{request.id}",
        template="extension_decided",
        decider=actor,
        approved=approve,
        until=request.until,
        old_deadline=before,
        comment=comment,
    )
    return request
