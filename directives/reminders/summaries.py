"""Digests the sweep sends besides the reminders: reviews awaited, the director's week.

- **Review digest**: the inspection team gets, at most once per sweep, one
  message listing every action whose evidence awaits review (with its
  submission round and the files it added), instead of one message per
  submission. The outbox key carries the latest submission's time: a sweep
  with no new submission queues nothing, the next one after a submission
  queues one digest.
- **Weekly summary**: on the first allowed sweep of a Monday, the director gets
  the four buckets per unit, the actions that became overdue during the past
  week (with working days overdue) and those awaiting review; one per ISO week.

Both run in the sweep's transaction and are idempotent through the outbox.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from directives.calendar import WorkingCalendar
from directives.db import Action, Directive, Notification
from directives.domain import ActionState, Timeliness, timeliness
from directives.notify.messages import render
from directives.notify.outbox import Outgoing, enqueue_many
from directives.org import OrgDirectory, Person, Role
from directives.settings import Settings

REVIEW_DIGEST = "review_digest"
WEEKLY_SUMMARY = "weekly_summary"


def _unit_name(org: OrgDirectory, unit_id: str) -> str:
    try:
        return org.unit(unit_id).name
    except KeyError:
        return unit_id


def reviewers(org: OrgDirectory) -> list[Person]:
    """The inspection team (members and leader), each once."""
    found = {p.id: p for p in org.with_role(Role.INSPECTOR) + org.with_role(Role.TEAM_LEADER)}
    return list(found.values())


def awaiting_review(session: Session, org: OrgDirectory) -> list[dict[str, Any]]:
    """Each submitted action: its round (earlier reviews + 1) and the files of this round."""
    rows = session.execute(
        select(Action, Directive)
        .join(Directive, Action.directive_id == Directive.id)
        .where(Action.state == ActionState.SUBMITTED.value)
        .options(selectinload(Action.evidence), selectinload(Action.reviews))
        .order_by(Action.submitted_at, Action.id)
    ).all()
    return [
        {
            "code": action.code,
            "directive_number": directive.number,
            "unit_name": _unit_name(org, action.lead_unit),
            "round": len(action.reviews) + 1,
            "added_files": [
                e.original_name for e in action.evidence if e.submitted_at == action.submitted_at
            ],
            "submitted_at": action.submitted_at,
            "team": directive.inspection_team,  # None: the global team reviews it
        }
        for action, directive in rows
    ]


def queue_review_digests(
    session: Session, org: OrgDirectory, settings: Settings, items: list[dict[str, Any]]
) -> int:
    """One digest per reviewer when a submission arrived since the last one; rows queued.

    Items submitted since the previous digest are marked ``new``: the subject
    names them, so two digests never look alike.
    """
    stamps = [i["submitted_at"] for i in items if i["submitted_at"] is not None]
    if not stamps:
        return 0
    event = f"{REVIEW_DIGEST}:{max(stamps).isoformat()}"
    # The previous digest's key holds the latest submission it covered.
    last_key = session.scalar(
        select(Notification.idempotency_key)
        .where(Notification.event == REVIEW_DIGEST)
        .order_by(Notification.id.desc())
        .limit(1)
    )
    covered = last_key.split("|", 1)[0].split(":", 1)[1] if last_key else ""
    items = [
        {**i, "new": i["submitted_at"] is not None and i["submitted_at"].isoformat() > covered}
        for i in items
    ]
    outgoing = [
        Outgoing(
            event,
            person,
            render(settings.templates_dir, REVIEW_DIGEST, recipient=person, items=mine),
        )
        for person in reviewers(org)
        # each reviewer hears of the submissions their team reviews
        if (mine := [i for i in items if i.get("team") in (None, person.unit)])
    ]
    return sum(enqueue_many(session, outgoing))


def week_of(day: date) -> tuple[date, date]:
    """The Monday-to-Sunday week before ``day``'s week (the week a Monday summary covers)."""
    this_monday = day - timedelta(days=day.weekday())
    return this_monday - timedelta(days=7), this_monday - timedelta(days=1)


def weekly_context(
    session: Session,
    org: OrgDirectory,
    calendar: WorkingCalendar,
    today: date,
    awaiting: list[dict[str, Any]],
) -> dict[str, Any]:
    start, end = week_of(today)
    actions = session.execute(
        select(Action, Directive).join(Directive, Action.directive_id == Directive.id)
    ).all()
    per_unit: dict[str, Counter[str]] = defaultdict(Counter)
    newly_overdue: list[dict[str, Any]] = []
    for action, directive in actions:
        deadline = action.effective_deadline
        per_unit[action.lead_unit][timeliness(deadline, action.completed_on, today).value] += 1
        # Overdue from the day after the deadline: newly so if that day fell in the week.
        if deadline and action.completed_on is None and start <= deadline + timedelta(1) <= end:
            newly_overdue.append(
                {
                    "code": action.code,
                    "unit_name": _unit_name(org, action.lead_unit),
                    "directive_number": directive.number,
                    "deadline": deadline,
                    "days_overdue": calendar.working_days_between(deadline, today),
                }
            )
    units = [
        {
            "name": _unit_name(org, unit_id),
            "done_on_time": counts[Timeliness.DONE_ON_TIME.value],
            "done_late": counts[Timeliness.DONE_LATE.value],
            "open_on_time": counts[Timeliness.OPEN_WITHIN_DEADLINE.value],
            "open_overdue": counts[Timeliness.OPEN_OVERDUE.value],
            "ongoing": counts[Timeliness.ONGOING.value],
        }
        for unit_id, counts in sorted(per_unit.items())
    ]
    return {
        "week_start": start,
        "week_end": end,
        "units": units,
        "newly_overdue": newly_overdue,
        "awaiting_review": awaiting,
    }


def queue_weekly_summary(
    session: Session,
    org: OrgDirectory,
    calendar: WorkingCalendar,
    settings: Settings,
    local_now: datetime,
    awaiting: list[dict[str, Any]],
) -> int:
    """On a Monday, the director's summary of the past week (once per week); rows queued."""
    today = local_now.date()
    if today.weekday() != 0:
        return 0
    context = weekly_context(session, org, calendar, today, awaiting)
    year, week, _ = today.isocalendar()
    outgoing = [
        Outgoing(
            f"{WEEKLY_SUMMARY}:{year}-W{week:02d}",
            person,
            render(settings.templates_dir, WEEKLY_SUMMARY, recipient=person, **context),
        )
        for person in org.with_role(Role.DIRECTOR)
    ]
    return sum(enqueue_many(session, outgoing))
