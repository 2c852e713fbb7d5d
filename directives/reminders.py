"""Reminders and escalations: planned as rows, sent by a periodic sweep.

``plan_reminders`` (re)computes the reminder rows of one action from the policy
(``config/reminders.yaml``) and the working calendar; the store calls it when an
action is assigned and whenever its deadline, unit or state changes. It is
idempotent: a wanted row that exists is kept, a scheduled row no longer wanted
is cancelled (a cancelled row is never sent), a sent row is never re-created.

``sweep`` selects the due scheduled rows with one indexed query on
``(status, send_at)``, groups them per recipient into one digest, queues each
digest through the outbox and marks the rows sent, all in the caller's
transaction. It sends nothing on a day off or during quiet hours: due rows wait
for the next allowed moment. Two sweeps at once never send twice: on
PostgreSQL the rows are taken with ``FOR UPDATE SKIP LOCKED``, on SQLite the
engine's ``BEGIN IMMEDIATE`` serialises the transactions, and the outbox key
is derived from the rows sent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from directives.calendar import WorkingCalendar
from directives.db import Action, Directive, Reminder
from directives.domain import ActionState
from directives.notify.messages import render
from directives.notify.outbox import Outgoing, enqueue_many
from directives.org import OrgDirectory, Person, Role
from directives.settings import Settings

SCHEDULED = "scheduled"
SENT = "sent"
CANCELLED = "cancelled"

KIND_ASSIGNED = "assigned"
KIND_DUE_TODAY = "due_today"
KIND_OVERDUE = "overdue"
BEFORE_PREFIX = "before_"
ESCALATE_PREFIX = "escalate_"

DIGEST_TEMPLATE = "reminder_digest"
DIGEST_EVENT = "reminders"

EscalationTarget = Literal["unit_head", "director", "inspection_team"]


# Policy ----------------------------------------------------------------------


class QuietHours(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: time = time(20, 0)
    end: time = time(7, 0)

    def contains(self, moment: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # wraps past midnight


class Escalation(BaseModel):
    model_config = ConfigDict(frozen=True)

    after: int = Field(ge=1, description="working days after the deadline")
    to: EscalationTarget

    @property
    def kind(self) -> str:
        return f"{ESCALATE_PREFIX}{self.to}"


class ReminderPolicy(BaseModel):
    """Who is reminded when; days are working days, times local."""

    model_config = ConfigDict(frozen=True)

    timezone: str | None = None
    send_time: time = time(8, 0)
    quiet_hours: QuietHours = QuietHours()
    on_assignment: bool = True
    before_deadline: tuple[int, ...] = (7, 3, 1)
    on_deadline_day: bool = True
    overdue_every: int = Field(default=2, ge=0)  # 0: no repeated overdue reminders
    overdue_horizon: int = Field(default=60, ge=0)
    escalations: tuple[Escalation, ...] = (
        Escalation(after=1, to="unit_head"),
        Escalation(after=5, to="director"),
        Escalation(after=10, to="inspection_team"),
    )
    active_states: frozenset[str] = frozenset(
        {ActionState.ASSIGNED, ActionState.IN_PROGRESS, ActionState.REJECTED, ActionState.REOPENED}
    )

    @model_validator(mode="after")
    def _check(self) -> ReminderPolicy:
        if self.quiet_hours.contains(self.send_time):
            raise ValueError("send_time falls within quiet hours")
        if any(n < 1 for n in self.before_deadline):
            raise ValueError("before_deadline days must be at least 1")
        if self.timezone is not None:
            ZoneInfo(self.timezone)  # raises on an unknown zone
        return self

    def zone(self, default: str) -> ZoneInfo:
        return ZoneInfo(self.timezone or default)

    def is_allowed(self, local: datetime, calendar: WorkingCalendar) -> bool:
        """Whether a message may go out at the local moment ``local``."""
        moment = local.time().replace(tzinfo=None)
        return (
            calendar.is_working_day(local.date())
            and moment >= self.send_time
            and not self.quiet_hours.contains(moment)
        )

    def next_allowed(self, moment: datetime, calendar: WorkingCalendar, tz: ZoneInfo) -> datetime:
        """The first moment at or after ``moment`` when a message may go out (in UTC)."""
        local = moment.astimezone(tz)
        if self.is_allowed(local, calendar):
            return moment.astimezone(UTC)
        day = local.date()
        if calendar.is_working_day(day) and local.time().replace(tzinfo=None) < self.send_time:
            return self.send_moment(day, tz)
        return self.send_moment(calendar.next_working_day(day), tz)

    def send_moment(self, day: date, tz: ZoneInfo) -> datetime:
        return datetime.combine(day, self.send_time, tzinfo=tz).astimezone(UTC)


def load_policy(path: Path) -> ReminderPolicy:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh) or {}
    return ReminderPolicy.model_validate(data)


# Planning --------------------------------------------------------------------


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


def escalation_recipients(org: OrgDirectory, target: str, unit_id: str) -> list[Person]:
    if target == "unit_head":
        try:
            head = org.head_of(unit_id)
        except KeyError:
            return []
        return [head] if head else []
    if target == "director":
        return org.with_role(Role.DIRECTOR)
    if target == "inspection_team":
        team = {p.id: p for p in (*org.with_role(Role.INSPECTOR), *org.with_role(Role.TEAM_LEADER))}
        return list(team.values())
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
    if policy.overdue_every:
        for n in range(policy.overdue_every, policy.overdue_horizon + 1, policy.overdue_every):
            by_day.append((KIND_OVERDUE, calendar.add_working_days(deadline, n), assignees))
    for esc in policy.escalations:
        people = escalation_recipients(org, esc.to, action.lead_unit)
        by_day.append((esc.kind, calendar.add_working_days(deadline, esc.after), people))
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


# Sweeping --------------------------------------------------------------------


@dataclass(frozen=True)
class QueuedDigest:
    recipient_id: str
    recipient_name: str
    day: date
    reminder_ids: tuple[int, ...]
    action_codes: tuple[str, ...]
    notifications: int


@dataclass
class SweepResult:
    now: datetime
    allowed: bool
    due: int = 0
    digests: list[QueuedDigest] = field(default_factory=list)
    cancelled: int = 0

    @property
    def sent(self) -> int:
        return sum(len(d.reminder_ids) for d in self.digests)

    @property
    def notifications(self) -> int:
        return sum(d.notifications for d in self.digests)


def due_reminders_query(now: datetime, *, lock: bool) -> Any:
    """The one indexed selection of due rows (index ``ix_reminders_due``)."""
    # No ORDER BY: ordering by id makes SQLite walk the table in rowid order
    # instead of the index; the few rows found are sorted in Python.
    query = select(Reminder).where(Reminder.status == SCHEDULED, Reminder.send_at <= now)
    return query.with_for_update(skip_locked=True) if lock else query


def _weight(reminder: Reminder) -> tuple[date, bool, int]:
    return (reminder.due_on, reminder.kind.startswith(ESCALATE_PREFIX), reminder.id)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _item(
    reminder: Reminder,
    action: Action,
    directive: Directive,
    org: OrgDirectory,
    distance: Callable[[date, date], int],
    day: date,
) -> dict[str, Any]:
    deadline = action.effective_deadline
    if reminder.kind.startswith(BEFORE_PREFIX) and deadline:
        days = distance(day, deadline)
    elif deadline:
        days = distance(deadline, day)
    else:
        days = 0
    try:
        unit_name = org.unit(action.lead_unit).name
    except KeyError:
        unit_name = action.lead_unit
    return {
        "kind": reminder.kind,
        "escalation": reminder.kind.startswith(ESCALATE_PREFIX),
        "working_days": days,
        "action_code": action.code,
        "action_text": _short(action.text),
        "deadline": deadline,
        "unit_name": unit_name,
        "directive_number": directive.number,
    }


def sweep(
    session: Session,
    now: datetime,
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    settings: Settings,
) -> SweepResult:
    """Queue one digest per recipient for the reminders due at ``now`` (caller's transaction)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    tz = policy.zone(settings.workflow.timezone)
    local = now.astimezone(tz)
    result = SweepResult(now=now, allowed=policy.is_allowed(local, calendar))
    if not result.allowed:
        return result
    lock = session.get_bind().dialect.name == "postgresql"
    due = sorted(session.scalars(due_reminders_query(now, lock=lock)), key=lambda r: r.id)
    result.due = len(due)
    if not due:
        return result
    action_ids = {r.action_id for r in due}
    rows = session.execute(
        select(Action, Directive)
        .join(Directive, Action.directive_id == Directive.id)
        .where(Action.id.in_(action_ids))
    ).all()
    actions = {a.id: (a, d) for a, d in rows}

    day = local.date()
    per_person: dict[str, list[Reminder]] = defaultdict(list)
    dropped: list[int] = []
    for reminder in due:
        found = actions.get(reminder.action_id)
        person = org.find_person(reminder.recipient_id)
        if found is None or person is None or found[0].state not in policy.active_states:
            dropped.append(reminder.id)  # a closed action or a departed person: never sent
            continue
        per_person[reminder.recipient_id].append(reminder)

    distance = cache(calendar.working_days_between)  # many rows share a deadline
    sent_ids: list[int] = []
    outgoing: list[Outgoing] = []
    for recipient_id, reminders in sorted(per_person.items()):
        person = org.person(recipient_id)
        # One line per action: when several of its reminders are due at once (a
        # sweep that missed days), the latest says all there is to say.
        latest: dict[int, Reminder] = {}
        for r in reminders:
            best = latest.get(r.action_id)
            if best is None or _weight(r) > _weight(best):
                latest[r.action_id] = r
        items = [
            _item(r, actions[r.action_id][0], actions[r.action_id][1], org, distance, day)
            for _, r in sorted(latest.items())
        ]
        message = render(
            settings.templates_dir,
            DIGEST_TEMPLATE,
            recipient=person,
            day=day,
            items=items,
            portal_url=settings.portal.url,
        )
        directive_ids = {actions[r.action_id][1].id for r in reminders}
        ids = tuple(r.id for r in reminders)
        outgoing.append(
            Outgoing(
                # The key is derived from the rows sent: the same rows never make
                # two messages, and rows that fall due later the same day make their own.
                event=f"{DIGEST_EVENT}:{day.isoformat()}:{min(ids)}",
                recipient=person,
                message=message,
                directive_id=directive_ids.pop() if len(directive_ids) == 1 else None,
                action_id=reminders[0].action_id if len(latest) == 1 else None,
            )
        )
        sent_ids.extend(ids)
        result.digests.append(
            QueuedDigest(
                recipient_id=recipient_id,
                recipient_name=person.name,
                day=day,
                reminder_ids=ids,
                action_codes=tuple(str(i["action_code"]) for i in items),
                notifications=0,
            )
        )
    counts = enqueue_many(session, outgoing)
    result.digests = [
        replace(digest, notifications=count)
        for digest, count in zip(result.digests, counts, strict=True)
    ]
    _mark(session, sent_ids, SENT, now)
    _mark(session, dropped, CANCELLED, now)
    result.cancelled = len(dropped)
    return result


def _mark(session: Session, ids: list[int], status: str, now: datetime) -> None:
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        session.execute(
            update(Reminder)
            .where(Reminder.id.in_(chunk), Reminder.status == SCHEDULED)
            .values(status=status, done_at=now)
            .execution_options(synchronize_session=False)
        )
