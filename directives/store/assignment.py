"""Assignment: the flow run behind a directive, its actions announced to their units,
and an action moved to another unit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, AuditEvent, utcnow
from directives.domain import ActionState
from directives.errors import InvalidTransition, NotFound
from directives.org import Role
from directives.store.checks import (
    SYSTEM_ACTOR,
    announce,
    check_assignable,
    deny,
    get_action,
    get_directive,
    person,
    replan,
)
from directives.workspace import Workspace

RUN_RESTARTED = "directive.run_restarted"


def set_flow_run(session: Session, directive_id: int, flow_run_id: str) -> None:
    directive = get_directive(session, directive_id, lock=True)
    directive.flow_run_id = flow_run_id


def replace_flow_run(
    session: Session, directive_id: int, dead_run: str, new_run: str, why: str
) -> bool:
    """Point the directive at the run that replaces a dead one, with the restart in the
    audit trail; False if another sweep already did (it no longer points at the dead run)."""
    directive = get_directive(session, directive_id, lock=True)
    if directive.flow_run_id != dead_run:
        return False
    directive.flow_run_id = new_run
    audit.append(
        session,
        actor=SYSTEM_ACTOR,
        kind=RUN_RESTARTED,
        directive_id=directive_id,
        before={"flow_run_id": dead_run, "run_state": why},
        after={"flow_run_id": new_run},
    )
    return True


def run_restarts(session: Session, directive_id: int) -> int:
    """How many times the directive's run was replaced."""
    found = session.scalar(
        select(func.count(AuditEvent.id)).where(
            AuditEvent.directive_id == directive_id, AuditEvent.kind == RUN_RESTARTED
        )
    )
    return found or 0


def assign_actions(session: Session, ws: Workspace, directive_id: int, now: datetime) -> int:
    """Mark each not-yet-assigned action assigned and plan its reminders, the assignment
    notice first (idempotent: a second call assigns nothing)."""
    directive = get_directive(session, directive_id, lock=True)
    return sum(announce(session, ws, action, now) for action in directive.actions)


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
        raise deny(actor, "reassign actions", "giao lại nhiệm vụ cho đơn vị khác")
    unit = ws.org.match_unit(unit_id) or (
        ws.org.unit(unit_id) if unit_id in {u.id for u in ws.org.units} else None
    )
    if unit is None:
        raise NotFound(f"no unit {unit_id!r}", f"Không tìm thấy đơn vị “{unit_id}”.")
    action = get_action(session, action_code, lock=True)
    check_assignable(ws, unit, action.directive.inspection_team)
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
    replan(session, ws, action, now)  # the new unit's people get the assignment notice
    return action
