"""What every change to a directive shares: finding the rows, who may act, the
transition with its audit event, and the messages queued for the people concerned.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, AuditEvent, Directive, Evidence, utcnow
from directives.domain import (
    SYSTEM,
    UNIT,
    Move,
    Transition,
    action_transition,
    directive_transition,
)
from directives.errors import NotFound, PermissionDenied
from directives.notify.messages import queue_to
from directives.org import Person, Role, Unit
from directives.workspace import Workspace

SYSTEM_ACTOR = "system"


# Lookups ----------------------------------------------------------------------


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


def acting_on(
    session: Session, ws: Workspace, action_code: str, actor_id: str, now: datetime | None
) -> tuple[datetime, Person, Action]:
    """The clock, the actor (who must be in the directory) and the action, locked for update.

    An action worked on before its run announced it is announced first, so its history
    never shows a later event before its assignment.
    """
    now = now or utcnow()
    actor = person(ws, actor_id)
    action = get_action(session, action_code, lock=True)
    announce(session, ws, action, now)
    return now, actor, action


def announce(session: Session, ws: Workspace, action: Action, now: datetime) -> bool:
    """Mark the action assigned and plan its reminders, the assignment notice first
    (idempotent: False if it was announced already)."""
    if action.assigned_at is not None:
        return False
    action.assigned_at = now
    audit.append(
        session,
        actor=SYSTEM_ACTOR,
        kind="action.assigned",
        directive_id=action.directive_id,
        action_id=action.id,
        after={"unit": action.lead_unit, "deadline": action.effective_deadline},
        at=now,
    )
    # The assignment notice is the reminder policy's "on assignment"
    # reminder: planned here, sent by the sweep at the first allowed moment.
    replan(session, ws, action, now)
    return True


TEAM_ROLES = frozenset({Role.INSPECTOR, Role.TEAM_LEADER})


def in_team(actor: Person, directive: Directive | None) -> bool:
    """Whether the actor belongs to the directive's own inspection team (any team member
    when the directive has none: the global team of the directory)."""
    return actor.on_team(directive.inspection_team if directive is not None else None)


def may(
    actor: Person | None,
    transition: Transition,
    action: Action | None,
    directive: Directive | None = None,
) -> bool:
    if actor is None:
        return SYSTEM in transition.actors
    if UNIT in transition.actors and action is not None and works_for(actor, action):
        return True
    directive = directive or (action.directive if action is not None else None)
    roles = [Role(r) for r in transition.actors if r in Role.__members__.values()]
    return any(
        actor.has(role) and (role not in TEAM_ROLES or in_team(actor, directive)) for role in roles
    )


# Separation of duties ----------------------------------------------------------
#
# Whoever does an action's work (a member of its lead unit with an assignee or
# unit-head role: an admin or inspector role alone is not enough) may not
# review it, decide its extension, or be the only one to sign its directive
# off; the inspection team never leads or coordinates an action; a unit
# outside the department is never given one. Every store operation asks here.

WORK_ROLES = (Role.ASSIGNEE, Role.UNIT_HEAD)


def works_for(actor: Person, action: Action) -> bool:
    """Whether ``actor`` may do ``action``'s work: upload, submit, ask for more time."""
    return actor.unit == action.lead_unit and any(actor.has(role) for role in WORK_ROLES)


def team_units(ws: Workspace, directive_team: str | None = None) -> set[str]:
    """The inspection teams' units: the directory's (its leaders') and a directive's own."""
    return {p.unit for p in ws.org.with_role(Role.TEAM_LEADER)} | (
        {directive_team} if directive_team else set()
    )


def unassignable_reason(ws: Workspace, unit: Unit, directive_team: str | None = None) -> str | None:
    """Why ``unit`` may not lead (or, for the team, coordinate) an action; None if it may."""
    if unit.id in team_units(ws, directive_team):
        return f"{unit.name} là đơn vị kiểm tra, không chủ trì hoặc phối hợp thực hiện nhiệm vụ"
    if unit.external:
        outside = ws.org.organization.short_name
        return f"{unit.name} không thuộc {outside}, không thể được giao nhiệm vụ"
    return None


def check_assignable(ws: Workspace, unit: Unit, directive_team: str | None = None) -> None:
    reason = unassignable_reason(ws, unit, directive_team)
    if reason is not None:
        raise PermissionDenied(f"unit {unit.id} may not be given an action", f"{reason}.")


def workers(session: Session, actions: list[Action]) -> set[str]:
    """Everyone who uploaded or submitted the work of ``actions``."""
    ids = [a.id for a in actions]
    uploaded = session.scalars(select(Evidence.uploaded_by).where(Evidence.action_id.in_(ids)))
    submitted = session.scalars(
        select(AuditEvent.actor).where(
            AuditEvent.action_id.in_(ids), AuditEvent.kind == f"action.{Move.SUBMIT.value}"
        )
    )
    return set(uploaded) | set(submitted)


def check_independent(
    session: Session,
    actor: Person,
    action: Action,
    what_vi: str,
    also: tuple[str, ...] = (),
) -> None:
    """Refuse ``actor`` if they did or submitted ``action``'s work (or are in ``also``)."""
    if actor.id in workers(session, [action]) or actor.id in also:
        raise PermissionDenied(
            f"{actor.id} did the work of {action.code} and may not judge it",
            f"{actor.name} đã trực tiếp thực hiện hoặc nộp tài liệu của nhiệm vụ {action.code} "
            f"nên không được {what_vi} nhiệm vụ này.",
        )


def deny(actor: Person, what_en: str, what_vi: str) -> PermissionDenied:
    return PermissionDenied(
        f"{actor.id} may not {what_en}",
        f"{actor.name} không có quyền {what_vi}.",
    )


def move_action(
    session: Session,
    ws: Workspace,
    action: Action,
    move: Move,
    actor: Person | None,
    now: datetime,
    **details: Any,
) -> None:
    transition = action_transition(action.state, move)
    if not may(actor, transition, action):
        assert actor is not None
        raise deny(
            actor,
            f"{move.value} action {action.code}",
            f"thực hiện thao tác này với nhiệm vụ {action.code}",
        )
    _enter(session, action, transition, actor, now, details)


def move_directive(
    session: Session,
    directive: Directive,
    move: Move,
    actor: Person | None,
    now: datetime,
    **details: Any,
) -> None:
    transition = directive_transition(directive.state, move)
    if not may(actor, transition, None, directive):
        assert actor is not None
        raise deny(actor, f"{move.value} directive {directive.number}", "thực hiện thao tác này")
    _enter(session, directive, transition, actor, now, details)


def _enter(
    session: Session,
    row: Action | Directive,
    transition: Transition,
    actor: Person | None,
    now: datetime,
    details: dict[str, Any],
) -> None:
    """Put an action or a directive in the transition's target state, with the audit event
    of the move (``action.<move>`` or ``directive.<move>``, the state before and after)."""
    action_id: int | None
    if isinstance(row, Action):
        kind, directive_id, action_id = "action", row.directive_id, row.id
    else:
        kind, directive_id, action_id = "directive", row.id, None
    before = row.state
    row.state = transition.target
    audit.append(
        session,
        actor=actor.id if actor else SYSTEM_ACTOR,
        kind=f"{kind}.{transition.move.value}",
        directive_id=directive_id,
        action_id=action_id,
        before={"state": before},
        after={"state": row.state, **details},
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
    return queue_to(
        session,
        ws.settings.templates_dir,
        template,
        recipients,
        event=event,
        directive_id=directive.id,
        action_id=action.id if action else None,
        directive=directive_context(directive),
        action=action_context(action) if action else None,
        unit=ws.org.unit(action.lead_unit) if action else None,
        portal_url=ws.settings.portal.url,
        **context,
    )


def unit_people(ws: Workspace, unit_id: str) -> list[Person]:
    people = ws.org.assignees_of(unit_id)
    head = ws.org.head_of(unit_id)
    return people + ([head] if head and head not in people else [])


def tell_unit(
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
        recipients=unit_people(ws, action.lead_unit),
        directive=action.directive,
        action=action,
        **context,
    )
    replan(session, ws, action, now)


def inspectors(ws: Workspace, directive: Directive | None = None) -> list[Person]:
    """Who reviews the directive's work: its own team, or the directory's global team."""
    team = ws.org.with_role(Role.INSPECTOR) + ws.org.with_role(Role.TEAM_LEADER)
    return [p for p in team if in_team(p, directive)]


def replan(session: Session, ws: Workspace, action: Action, now: datetime) -> None:
    from directives.reminders import plan_reminders

    plan_reminders(session, action, ws.org, ws.reminder_policy, ws.calendar, ws.tz, now=now)
