"""What the reminder tests do in the database: a directive with its actions made
directly, planning their reminders, the ``World`` that sweeps, and the rows the
planning and the sweeps leave behind."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from directives.calendar import WorkingCalendar
from directives.db import Action, Directive, Notification, Reminder
from directives.org import OrgDirectory
from directives.reminders import ReminderPolicy, SweepResult, plan_reminders, sweep
from directives.settings import Settings
from tests.reminders.days import ASSIGNED_AT, INGESTED, TZ


def make_directive(
    session: Session,
    units: list[str],
    *,
    deadline: date | None,
    assigned_at: datetime = ASSIGNED_AT,
    number: str = "115/UBND-NCPC",
) -> list[Action]:
    directive = Directive(
        code=number.split("/")[0],
        number=number,
        document_type="Công văn",
        issuer="Ủy ban nhân dân tỉnh Kiên Giang",
        issued_on=INGESTED,
        subject="chỉ đạo công tác cải cách hành chính năm 2016 tại Sở Ngoại vụ",
        received_on=INGESTED,
        source_name=f"{number}.txt",
        source_sha256=f"{number:0>64}"[-64:],
        parsed={},
        state="active",
    )
    session.add(directive)
    session.flush()
    actions = []
    for seq, unit in enumerate(units, start=1):
        action = Action(
            directive_id=directive.id,
            seq=seq,
            code=f"{directive.code}-{seq}",
            text=f"Nội dung nhiệm vụ số {seq} của Công văn {number}.",
            lead_unit=unit,
            coordinating_units=[],
            deadline_kind="default",
            original_deadline=deadline,
            effective_deadline=deadline,
            state="assigned",
            assigned_at=assigned_at,
        )
        session.add(action)
        actions.append(action)
    session.flush()
    return actions


def plan_all(
    session: Session,
    actions: list[Action],
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    now: datetime,
) -> None:
    for action in actions:
        plan_reminders(session, action, org, policy, calendar, TZ, now=now)


class World(NamedTuple):
    sessions: sessionmaker[Session]
    org: OrgDirectory
    policy: ReminderPolicy
    calendar: WorkingCalendar
    settings: Settings

    def sweep(self, now: datetime) -> SweepResult:
        with self.sessions.begin() as session:
            return sweep(session, now, self.org, self.policy, self.calendar, self.settings)


def emails(session: Session) -> list[Notification]:
    return list(
        session.scalars(
            select(Notification)
            .where(Notification.channel == "email", Notification.event == "reminders")
            .order_by(Notification.id)
        )
    )


def _rows(session: Session, action: Action) -> list[Reminder]:
    return list(
        session.scalars(
            select(Reminder)
            .where(Reminder.action_id == action.id)
            .order_by(Reminder.due_on, Reminder.kind, Reminder.recipient_id)
        )
    )
