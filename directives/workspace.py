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
from directives.storage import LocalFolder, Storage

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
        storage = open_storage(self.settings)
        return EvidenceStore(storage, self.settings.portal.max_upload_bytes)

    @cached_property
    def reminder_policy(self) -> ReminderPolicy:
        from directives.reminders import load_policy

        return load_policy(self.settings.reminder_policy_file)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()


def open_storage(settings: Settings) -> Storage:
    """The storage the settings name: ``storage.url`` (fsspec) or the local folder."""
    if settings.storage.url:
        from directives.storage_fsspec import FsspecStorage  # s3fs only where configured

        return FsspecStorage.from_settings(settings)
    return LocalFolder(settings.evidence_root)


def load_workspace(settings: Settings) -> Workspace:
    return Workspace(
        settings=settings,
        org=load_org(settings.org_file),
        calendar=load_calendar(settings.calendar_file),
    )
