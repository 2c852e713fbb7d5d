"""Planning: ``plan_reminders`` (re)computes the reminder rows of one action from the policy
(``config/reminders.yaml``) and the working calendar; the store calls it when an
action is assigned and whenever its deadline, unit or state changes. It is
idempotent: a wanted row that exists is kept, a scheduled row no longer wanted
is cancelled (a cancelled row is never sent), a sent row is never re-created.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.calendar import WorkingCalendar
from directives.db import Action, Reminder
from directives.org import OrgDirectory, Person, Role
from directives.reminders.policy import (
    BEFORE_PREFIX,
    CANCELLED,
    KIND_ASSIGNED,
    KIND_DUE_TODAY,
    KIND_OVERDUE,
    SCHEDULED,
    ReminderPolicy,
)


class _Key(NamedTuple):
    recipient_id: str
    kind: str
    due_on: date


@dataclass(frozen=True)
class PlannedReminder:
    recipient_id: str
    kind: str
    due_on: date
    send_at: datetime

    @property
    def key(self) -> _Key:
        return _Key(self.recipient_id, self.kind, self.due_on)


def escalation_recipients(
    org: OrgDirectory, target: str, unit_id: str, team: str | None = None
) -> list[Person]:
    """Who an escalation reaches; ``team`` is the directive's own inspection team (its
    unit), None for the directory's global team."""
    if target == "unit_head":
        try:
            head = org.head_of(unit_id)
        except KeyError:
            return []
        return [head] if head else []
    if target == "director":
        return org.with_role(Role.DIRECTOR)
    if target == "inspection_team":
        reviewers = (*org.with_role(Role.INSPECTOR), *org.with_role(Role.TEAM_LEADER))
        found = {p.id: p for p in reviewers if p.on_team(team)}
        return list(found.values())
    raise ValueError(f"unknown escalation target {target!r}")


def _assignees(org: OrgDirectory, unit_id: str) -> list[Person]:
    try:
        return org.assignees_of(unit_id)
    except KeyError:  # a unit removed from the directory: nobody to remind
        return []


def wanted_reminders(
    action: Action,
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    tz: ZoneInfo,
    *,
    now: datetime,
    known_assignments: dict[str, tuple[date, datetime]] | None = None,
) -> list[PlannedReminder]:
    """Every reminder the policy wants for ``action`` as it stands, past ones included.

    ``known_assignments`` maps a recipient to the (day, moment) of the assignment
    reminder they already have, so an assignment notice is planned once per
    person, whatever the day the plan is recomputed.
    """
    if action.state not in policy.active_states:
        return []
    known = known_assignments or {}
    assignees = _assignees(org, action.lead_unit)
    team = action.directive.inspection_team if action.directive is not None else None
    out: list[PlannedReminder] = []
    if policy.on_assignment:
        moment = policy.next_allowed(max(action.assigned_at or now, now), calendar, tz)
        for person in assignees:
            due_on, send_at = known.get(person.id, (moment.astimezone(tz).date(), moment))
            out.append(PlannedReminder(person.id, KIND_ASSIGNED, due_on, send_at))
    if action.effective_deadline is None:
        return out
    deadline = calendar.roll_forward(action.effective_deadline)
    by_day: list[tuple[str, date, list[Person]]] = []
    for n in sorted(set(policy.before_deadline), reverse=True):
        by_day.append(
            (f"{BEFORE_PREFIX}{n}", calendar.subtract_working_days(deadline, n), assignees)
        )
    if policy.on_deadline_day:
        by_day.append((KIND_DUE_TODAY, deadline, assignees))
    every = policy.overdue_every
    overdue = range(every, policy.overdue_horizon + 1, every) if every else range(0)
    after = calendar.working_days_after(
        deadline, [*overdue, *(esc.after for esc in policy.escalations)]
    )
    by_day.extend((KIND_OVERDUE, after[n], assignees) for n in overdue)
    for esc in policy.escalations:
        people = escalation_recipients(org, esc.to, action.lead_unit, team)
        by_day.append((esc.kind, after[esc.after], people))
    for kind, day, people in by_day:
        send_at = policy.next_allowed(policy.send_moment(day, tz), calendar, tz)
        out.extend(PlannedReminder(p.id, kind, day, send_at) for p in people)
    return out


@dataclass
class PlanResult:
    added: int = 0
    rescheduled: int = 0
    cancelled: int = 0
    kept: int = 0


def plan_reminders(
    session: Session,
    action: Action,
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    tz: ZoneInfo,
    *,
    now: datetime | None = None,
) -> PlanResult:
    """(Re)compute the reminder rows of ``action``, in the caller's transaction.

    A wanted row due before today is not created (or revived): a plan made
    late does not fire stale reminders. A scheduled row the policy no longer
    wants is cancelled; sent rows are history and stay as they are.
    """
    now = now or datetime.now(UTC)
    today = now.astimezone(tz).date()
    existing = list(session.scalars(select(Reminder).where(Reminder.action_id == action.id)))
    by_key = {_Key(r.recipient_id, r.kind, r.due_on): r for r in existing}
    known = {
        k.recipient_id: (k.due_on, r.send_at)
        for k, r in sorted(by_key.items(), key=lambda item: item[0].due_on)
        if k.kind == KIND_ASSIGNED and (r.status != CANCELLED or k.due_on >= today)
    }
    wanted = wanted_reminders(action, org, policy, calendar, tz, now=now, known_assignments=known)
    result = PlanResult()
    wanted_keys: set[_Key] = set()
    for plan in wanted:
        if plan.key in wanted_keys:
            continue
        wanted_keys.add(plan.key)
        row = by_key.get(plan.key)
        if row is None:
            if plan.due_on >= today:
                session.add(
                    Reminder(
                        action_id=action.id,
                        recipient_id=plan.recipient_id,
                        kind=plan.kind,
                        due_on=plan.due_on,
                        send_at=plan.send_at,
                        status=SCHEDULED,
                    )
                )
                result.added += 1
        elif row.status == SCHEDULED:
            if row.send_at != plan.send_at:
                row.send_at = plan.send_at
                result.rescheduled += 1
            else:
                result.kept += 1
        elif row.status == CANCELLED and plan.due_on >= today:
            row.status = SCHEDULED
            row.send_at = plan.send_at
            row.done_at = None
            result.rescheduled += 1
    for key, row in by_key.items():
        if row.status == SCHEDULED and key not in wanted_keys:
            row.status = CANCELLED
            row.done_at = now
            result.cancelled += 1
    session.flush()
    return result
