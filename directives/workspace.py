"""What every core operation needs besides a session: settings, org, calendar, storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from directives.calendar import WorkingCalendar, load_calendar
from directives.evidence import EvidenceStore
from directives.org import OrgDirectory, load_org
from directives.settings import Settings

if TYPE_CHECKING:
    from directives.reminders import ReminderPolicy


@dataclass
class Workspace:
    settings: Settings
    org: OrgDirectory
    calendar: WorkingCalendar

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.workflow.timezone)

    @cached_property
    def evidence(self) -> EvidenceStore:
        return EvidenceStore(self.settings.evidence_root, self.settings.portal.max_upload_bytes)

    @cached_property
    def reminder_policy(self) -> ReminderPolicy:
        from directives.reminders import load_policy

        return load_policy(self.settings.reminder_policy_file)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()


def load_workspace(settings: Settings) -> Workspace:
    return Workspace(
        settings=settings,
        org=load_org(settings.org_file),
        calendar=load_calendar(settings.calendar_file),
    )
