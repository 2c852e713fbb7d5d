"""The days of the reminder tests: the seed's ingestion and assignment, the units of its
six tasks, the days off of the replay window written out by hand (not from the
calendar), working days counted on them, and a local moment of a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
INGESTED = date(2017, 1, 25)
ASSIGNED_AT = datetime(2017, 1, 25, 10, 0, tzinfo=TZ)
# The seed's six tasks and the unit each is given to.
SEED_UNITS = ["bgd", "vp", "vp", "vp", "tt", "vp"]

# Days off in the replay window, written out by hand (not from the calendar):
# Tết Đinh Dậu 26/01-01/02/2017 and Giỗ Tổ Hùng Vương 06/04/2017.
DAYS_OFF_2017 = {
    date(2017, 1, 26),
    date(2017, 1, 27),
    date(2017, 1, 30),
    date(2017, 1, 31),
    date(2017, 2, 1),
    date(2017, 4, 6),
}


def _working(day: date) -> bool:
    return day.weekday() < 5 and day not in DAYS_OFF_2017


def _shift(day: date, count: int) -> date:
    step = timedelta(days=1 if count >= 0 else -1)
    for _ in range(abs(count)):
        day += step
        while not _working(day):
            day += step
    return day


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)
