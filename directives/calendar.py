"""The Vietnamese working calendar (no I/O beyond reading its config file).

Public holidays come from the ``holidays`` package; each year's official Tết
days off for civil servants, make-up working Saturdays and one-off days off
come from ``config/calendar.yaml``, which an admin amends each year.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import holidays
import yaml


class WorkingCalendar:
    """Working days: Monday to Friday, less public holidays and days off, plus make-up days."""

    def __init__(
        self,
        extra_days_off: set[date] | None = None,
        make_up_days: set[date] | None = None,
    ) -> None:
        self._extra_days_off = set(extra_days_off or ())
        self._make_up_days = set(make_up_days or ())
        self._holidays = holidays.country_holidays("VN")

    def is_working_day(self, day: date) -> bool:
        if day in self._make_up_days:
            return True
        if day.weekday() >= 5:
            return False
        return day not in self._holidays and day not in self._extra_days_off

    def roll_forward(self, day: date) -> date:
        """A last day that is not a working day moves to the next working day (BLDS 2015, art. 148)."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """``count`` working days after ``start``; the start day itself is not counted (art. 147)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def load_calendar(path: Path) -> WorkingCalendar:
    """Read the yearly adjustments (Tết days off, make-up Saturdays) from ``path``."""
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    days_off: set[date] = set()
    make_up: set[date] = set()
    for entry in (data.get("years") or {}).values():
        for key in ("tet", "days_off"):
            days_off.update(entry.get(key) or ())
        make_up.update(entry.get("make_up_days") or ())
    return WorkingCalendar(extra_days_off=days_off, make_up_days=make_up)
