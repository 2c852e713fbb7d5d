"""Coordination: the named officers a unit head puts on an action, and which units share it.

An action has one lead unit (chủ trì) and may name coordinating units (phối hợp).
Both may add evidence; only the lead unit submits it. Within each of those units
the head names officers: one ``lead`` (xử lý chính), any number of ``support``
(phối hợp) and ``watch`` (để biết). Officers see the action in their work list.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, ActionOfficer
from directives.domain import ActionState
from directives.errors import InvalidInput, InvalidTransition, NotFound
from directives.org import Person, Role
from directives.store.checks import WORK_ROLES, acting_on, deny, notify
from directives.workspace import Workspace


class OfficerRole(StrEnum):
    LEAD = "lead"
    SUPPORT = "support"
    WATCH = "watch"


OFFICER_ROLE_VI: dict[str, str] = {
    OfficerRole.LEAD: "Xử lý chính",
    OfficerRole.SUPPORT: "Phối hợp",
    OfficerRole.WATCH: "Để biết",
}

# What a person may type for a role: the stored value or the Vietnamese words, with or
# without marks ("xu-ly-chinh", "phối hợp").
_ROLE_WORDS: dict[str, OfficerRole] = {
    **{r.value: r for r in OfficerRole},
    "xu-ly-chinh": OfficerRole.LEAD,
    "xử lý chính": OfficerRole.LEAD,
    "phoi-hop": OfficerRole.SUPPORT,
    "phối hợp": OfficerRole.SUPPORT,
    "de-biet": OfficerRole.WATCH,
    "để biết": OfficerRole.WATCH,
}


def officer_role(text: str) -> OfficerRole:
    found = _ROLE_WORDS.get(" ".join(text.strip().casefold().split()))
    if found is None:
        raise InvalidInput(
            f"unknown officer role {text!r}",
            f"Vai trò “{text}” không hợp lệ (chọn: xử lý chính, phối hợp hoặc để biết).",
        )
    return found


def sharing_units(action: Action) -> list[str]:
    """The units that work on the action: the lead unit first, then the coordinating ones."""
    return [action.lead_unit, *(u for u in action.coordinating_units if u != action.lead_unit)]


def may_contribute(person: Person, action: Action) -> bool:
    """Assignees and heads of the lead unit and of the coordinating units may add
    evidence (an admin role alone does not make a person work for a unit)."""
    return person.unit in sharing_units(action) and any(person.has(r) for r in WORK_ROLES)


def heads_unit(ws: Workspace, actor: Person, unit_id: str) -> bool:
    """The unit's head in the directory, or a member holding the unit head role."""
    if actor.unit != unit_id:
        return False
    head = ws.org.head_of(unit_id)
    return actor.has(Role.UNIT_HEAD) or (head is not None and head.id == actor.id)


def officers(session: Session, action_id: int) -> list[ActionOfficer]:
    return list(
        session.scalars(
            select(ActionOfficer)
            .where(ActionOfficer.action_id == action_id)
            .order_by(ActionOfficer.unit_id, ActionOfficer.id)
        )
    )


def officer_codes(session: Session, person_id: str) -> dict[str, str]:
    """The actions ``person_id`` is named on: action code -> role."""
    rows = session.execute(
        select(Action.code, ActionOfficer.role)
        .join(ActionOfficer, ActionOfficer.action_id == Action.id)
        .where(ActionOfficer.person_id == person_id)
    )
    return {code: role for code, role in rows}


def _checked(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    person_id: str,
    now: datetime | None,
) -> tuple[datetime, Person, Action, Person]:
    """The clock, the unit head acting, the action (locked) and the officer, all checked."""
    now, actor, action = acting_on(session, ws, action_code, actor_id, now)
    officer = ws.org.find_person(person_id)
    if officer is None:
        raise NotFound(
            f"unknown person {person_id!r}",
            f"Không tìm thấy cán bộ “{person_id}” trong danh bạ cơ quan.",
        )
    if officer.unit not in sharing_units(action):
        raise InvalidInput(
            f"{officer.id} is not of a unit working on {action.code}",
            f"{officer.name} không thuộc đơn vị chủ trì hoặc đơn vị phối hợp thực hiện "
            f"nhiệm vụ {action.code}.",
        )
    if not heads_unit(ws, actor, officer.unit):
        raise deny(
            actor,
            f"name officers of unit {officer.unit} on {action.code}",
            f"phân công cán bộ của {ws.org.unit(officer.unit).name} thực hiện "
            f"nhiệm vụ {action.code}",
        )
    if action.state == ActionState.APPROVED:
        raise InvalidTransition(
            f"{action.code} is approved",
            f"Nhiệm vụ {action.code} đã được chấp thuận, không phân công thêm cán bộ.",
        )
    return now, actor, action, officer


def _record(
    session: Session,
    ws: Workspace,
    actor: Person,
    action: Action,
    now: datetime,
    person_id: str,
    before: str | None,
    after: str | None,
) -> None:
    """The audit event of an officer's role changing (None: not on the action); the officer
    is told of a role given, once per change (keyed by the event)."""
    event = audit.append(
        session,
        actor=actor.id,
        kind="action.officer_removed" if after is None else "action.officer_assigned",
        directive_id=action.directive_id,
        action_id=action.id,
        before=None if before is None else {"person": person_id, "role": before},
        after=None if after is None else {"person": person_id, "role": after},
        at=now,
    )
    officer = None if after is None else ws.org.find_person(person_id)
    if officer is not None and officer.id != actor.id:
        notify(
            session,
            ws,
            event=f"officer_assigned:{event.id}",
            template="officer_assigned",
            recipients=[officer],
            directive=action.directive,
            action=action,
            assigner=actor,
            role=after,
        )


def assign_officer(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    person_id: str,
    role: OfficerRole | str,
    now: datetime | None = None,
) -> ActionOfficer:
    """A unit head names an officer of the unit on an action (idempotent: the same role
    again changes nothing). A new ``lead`` makes the unit's previous one ``support``."""
    role = role if isinstance(role, OfficerRole) else officer_role(role)
    now, actor, action, officer = _checked(session, ws, action_code, actor_id, person_id, now)
    current = officers(session, action.id)
    mine = next((o for o in current if o.person_id == officer.id), None)
    if mine is not None and mine.role == role:
        return mine
    if role == OfficerRole.LEAD:
        for other in current:
            if other.unit_id == officer.unit and other.role == role and other is not mine:
                other.role = OfficerRole.SUPPORT.value
                _record(session, ws, actor, action, now, other.person_id, role, other.role)
    before = mine.role if mine is not None else None
    if mine is None:
        mine = ActionOfficer(action_id=action.id, person_id=officer.id, unit_id=officer.unit)
        session.add(mine)
    mine.role, mine.assigned_by, mine.assigned_at = role.value, actor.id, now
    session.flush()
    _record(session, ws, actor, action, now, officer.id, before, role.value)
    return mine


def remove_officer(
    session: Session,
    ws: Workspace,
    action_code: str,
    actor_id: str,
    *,
    person_id: str,
    now: datetime | None = None,
) -> bool:
    """A unit head takes an officer off an action; False if the officer was not on it."""
    now, actor, action, officer = _checked(session, ws, action_code, actor_id, person_id, now)
    mine = next((o for o in officers(session, action.id) if o.person_id == officer.id), None)
    if mine is None:
        return False
    _record(session, ws, actor, action, now, officer.id, mine.role, None)
    session.delete(mine)
    session.flush()
    return True
