"""The reminder policy (``config/reminders.yaml``): who is reminded when, and the
moments a message may go out; with the statuses and kinds of a reminder row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, model_validator

from directives.calendar import WorkingCalendar
from directives.domain import ActionState
from directives.yaml_files import load_yaml

SCHEDULED = "scheduled"
SENT = "sent"
CANCELLED = "cancelled"

KIND_ASSIGNED = "assigned"
KIND_DUE_TODAY = "due_today"
KIND_OVERDUE = "overdue"
BEFORE_PREFIX = "before_"
ESCALATE_PREFIX = "escalate_"

EscalationTarget = Literal["unit_head", "director", "inspection_team"]


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
        data: dict[str, Any] = load_yaml(fh) or {}
    return ReminderPolicy.model_validate(data)
