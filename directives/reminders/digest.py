"""The sweep and its digests: ``sweep`` selects the due scheduled rows with one indexed query on
``(status, send_at)``, groups them per recipient into one digest, queues each
digest through the outbox and marks the rows sent, all in the caller's
transaction. It sends nothing on a day off or during quiet hours: due rows wait
for the next allowed moment. Two sweeps at once never send twice, nor split one
person's digest in two: on PostgreSQL a transaction-scoped advisory lock
serialises sweeps (``FOR UPDATE SKIP LOCKED`` alone let two sweeps each take
part of the due rows, so a person could get a digest from each), on SQLite the
engine's ``BEGIN IMMEDIATE`` serialises the transactions; and the outbox key is
derived from the rows sent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from directives.calendar import WorkingCalendar
from directives.db import Action, Directive, Reminder
from directives.notify.messages import render
from directives.notify.outbox import Outgoing, enqueue_many
from directives.org import OrgDirectory
from directives.reminders.policy import (
    BEFORE_PREFIX,
    CANCELLED,
    ESCALATE_PREFIX,
    SCHEDULED,
    SENT,
    ReminderPolicy,
)
from directives.reminders.summaries import (
    awaiting_review,
    queue_review_digests,
    queue_weekly_summary,
)
from directives.settings import Settings

DIGEST_TEMPLATE = "reminder_digest"
DIGEST_EVENT = "reminders"
_SWEEP_LOCK_ID = 0x5EE9D1  # pg_advisory_xact_lock key of the sweep (audit uses 0x0D1EC7)


@dataclass(frozen=True)
class QueuedDigest:
    recipient_id: str
    recipient_name: str
    day: date
    reminder_ids: tuple[int, ...]
    action_codes: tuple[str, ...]
    notifications: int
    kinds: tuple[str, ...] = ()  # the reminder kind of each of action_codes


@dataclass
class SweepResult:
    now: datetime
    allowed: bool
    due: int = 0
    digests: list[QueuedDigest] = field(default_factory=list)
    cancelled: int = 0
    review_messages: int = 0  # review digests to the inspection team (``summaries``)
    weekly_messages: int = 0  # the director's Monday summary

    @property
    def sent(self) -> int:
        return sum(len(d.reminder_ids) for d in self.digests)

    @property
    def notifications(self) -> int:
        return (
            sum(d.notifications for d in self.digests) + self.review_messages + self.weekly_messages
        )


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
    """Queue one digest per recipient for the reminders due at ``now``, the review digest
    and, on Mondays, the director's weekly summary (caller's transaction)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    tz = policy.zone(settings.workflow.timezone)
    local = now.astimezone(tz)
    result = SweepResult(now=now, allowed=policy.is_allowed(local, calendar))
    if not result.allowed:
        return result
    lock = session.get_bind().dialect.name == "postgresql"
    if lock:  # a second sweep waits here, then finds the rows the first one sent
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SWEEP_LOCK_ID})
    awaiting = awaiting_review(session, org)
    result.review_messages = queue_review_digests(session, org, settings, awaiting)
    result.weekly_messages = queue_weekly_summary(session, org, calendar, settings, local, awaiting)
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
                kinds=tuple(str(i["kind"]) for i in items),
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
