"""Reminder fixtures: the default policy and the ``World`` (sessions, org, policy,
calendar, settings) that runs a sweep at a given moment."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.reminders import ReminderPolicy, load_policy
from directives.settings import DEFAULT_CONFIG_DIR, Settings
from tests.reminders.world import World


@pytest.fixture(scope="module")
def policy() -> ReminderPolicy:
    return load_policy(DEFAULT_CONFIG_DIR / "reminders.yaml")


@pytest.fixture
def world(
    sessions: sessionmaker[Session],
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    settings: Settings,
) -> World:
    return World(sessions, org, policy, calendar, settings)
