"""The Vietnamese working calendar (no I/O beyond reading its config file).

Public holidays come from the ``holidays`` package (precomputed for the usual years
in ``holiday_table``); each year's official Tết
days off for civil servants, make-up working Saturdays and one-off days off
come from ``config/calendar.yaml``, which an admin amends each year.

Deadline arithmetic follows the Civil Code 2015: the start day of a period is
not counted (art. 147) and a period whose last day is a day off ends on the
next working day (art. 148).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from directives.errors import InvalidInput
from directives.holiday_table import PublicHolidays
from directives.yaml_files import load_yaml

TET_REASON_VI = "Nghỉ Tết Nguyên đán"
DAY_OFF_REASON_VI = "Ngày nghỉ theo thông báo của Chính phủ"
MAKE_UP_REASON_VI = "Ngày làm bù"

_T = TypeVar("_T")

# The calendar answers for these years only (the parser reads years 1900-2200, and
# periods run a few years past them): a date outside is a typing mistake, and date
# arithmetic near year 9999 would overflow.
FIRST_YEAR = 1900
LAST_YEAR = 2300
# About forty years of working days: longer periods are refused, not counted.
MAX_WORKING_DAYS = 10_000


def check_in_range(day: date, label_vi: str = "Ngày") -> date:
    """``day`` if the calendar can count with it; InvalidInput (Vietnamese) if not."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(
            f"{day.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}",
            f"{label_vi} {day:%d/%m/%Y} nằm ngoài phạm vi lịch làm việc của hệ thống "
            f"(từ năm {FIRST_YEAR} đến năm {LAST_YEAR}).",
        )
    return day


class WorkingCalendar:
    """Working days: Monday to Friday, less public holidays and days off, plus make-up days."""

    def __init__(
        self,
        extra_days_off: Mapping[date, str] | Iterable[date] | None = None,
        make_up_days: Mapping[date, str] | Iterable[date] | None = None,
        warnings: Iterable[str] = (),
        years_configured: Iterable[int] = (),
    ) -> None:
        self._extra_days_off = _with_reasons(extra_days_off, DAY_OFF_REASON_VI)
        self._make_up_days = _with_reasons(make_up_days, MAKE_UP_REASON_VI)
        self._holidays = PublicHolidays()
        self.warnings: list[str] = list(warnings)
        self.years_configured: frozenset[int] = frozenset(years_configured)
        # years whose official Tết days off are listed (set by ``load_calendar``)
        self.tet_years: frozenset[int] = frozenset()

    # Days ---------------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        if day in self._make_up_days:
            return True
        if day.weekday() >= 5:
            return False
        return day not in self._holidays and day not in self._extra_days_off

    def day_off_reason(self, day: date) -> str | None:
        """Why ``day`` is off, in Vietnamese; None for a working day or a plain weekend."""
        if self.is_working_day(day):
            return None
        if day in self._extra_days_off:
            return self._extra_days_off[day]
        return self._holidays.get(day)

    def days_off(self, year: int) -> list[tuple[date, str]]:
        """Every holiday and announced day off of ``year`` (weekend ones included), by date."""
        found: dict[date, str] = {}
        for day, name in self._holidays.of_year(year).items():
            if not self.is_working_day(day):
                found[day] = name
        for day, reason in self._extra_days_off.items():
            # The announced reason wins, except the generic Tết one over the
            # package's own name for that Tết day ("Mùng hai Tết Nguyên Đán").
            generic = reason == TET_REASON_VI and day in found
            if day.year == year and not self.is_working_day(day) and not generic:
                found[day] = reason
        return sorted(found.items())

    def package_tet_weekdays(self, year: int) -> set[date]:
        """Weekdays the ``holidays`` package gives off for Tết Nguyên đán in ``year``."""
        return {
            day
            for day, name in self._holidays.of_year(year).items()
            if day.weekday() < 5 and _is_tet_name(name)
        }

    def make_up_days(self, year: int) -> list[tuple[date, str]]:
        """Weekend days of ``year`` worked in exchange for a day off."""
        return sorted((d, r) for d, r in self._make_up_days.items() if d.year == year)

    # Periods (Civil Code arts. 147-148) ---------------------------------

    def roll_forward(self, day: date) -> date:
        """A last day that is a day off moves to the next working day (BLDS 2015, art. 148)."""
        check_in_range(day)
        while not self.is_working_day(day):
            day = check_in_range(day + timedelta(days=1))
        return day

    def roll_back(self, day: date) -> date:
        """The last working day on or before ``day``."""
        check_in_range(day)
        while not self.is_working_day(day):
            day = check_in_range(day - timedelta(days=1))
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """``count`` working days after ``start``; the start day is not counted (art. 147)."""
        return self._step(start, count, timedelta(days=1))

    def working_days_after(self, start: date, counts: Iterable[int]) -> dict[int, date]:
        """``add_working_days(start, n)`` for each ``n``, in one walk (the reminder plan
        asks for every n-th working day after a deadline: one walk each was quadratic)."""
        wanted = sorted(set(counts))
        step = timedelta(days=1)
        if wanted and wanted[-1] > MAX_WORKING_DAYS:
            self._step(start, wanted[-1], step)  # refuses the count as add_working_days does
        out: dict[int, date] = {}
        day, done = start, 0
        for n in wanted:
            day = self._step(day, n - done, step)
            done = n
            out[n] = day
        return out

    def subtract_working_days(self, end: date, count: int) -> date:
        """The working day ``count`` working days before ``end`` (``end`` itself not counted)."""
        return self._step(end, count, timedelta(days=-1))

    def _step(self, day: date, count: int, step: timedelta) -> date:
        if count < 0:
            raise ValueError("count must not be negative")
        if count > MAX_WORKING_DAYS:
            raise InvalidInput(
                f"{count} working days is over the limit of {MAX_WORKING_DAYS}",
                f"Số ngày làm việc {count:,} vượt quá giới hạn cho phép "
                f"({MAX_WORKING_DAYS:,} ngày).".replace(",", "."),
            )
        check_in_range(day)
        remaining = count
        while remaining > 0:
            day = check_in_range(day + step)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        check_in_range(start)
        check_in_range(end)
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    # Deadline phrases (DESIGN.md section 5) -----------------------------

    def resolve(
        self,
        kind: DeadlineKind,
        *,
        day: date | None = None,
        year: int | None = None,
        quarter: int | None = None,
        half: int | None = None,
        count: int | None = None,
        received_on: date | None = None,
    ) -> date | None:
        """The effective deadline a phrase of ``kind`` denotes; None for an ongoing task.

        - ``NO_LATER_THAN`` ("chậm nhất ngày X", "ngày X", "20.7.2020"): X, rolled
          forward to a working day (art. 148).
        - ``BEFORE`` ("trước ngày X"): the last working day strictly before X, since
          rolling forward would land on X or later, which the phrase excludes.
        - ``QUARTER`` ("trong quý II năm 2017"): the quarter's last day, rolled forward.
        - ``HALF_YEAR`` ("6 tháng đầu năm" = half 1, "6 tháng cuối năm" = half 2).
        - ``YEARLY`` ("trước 15/12 hằng năm"): ``day`` gives day and month; the first
          occurrence on or after ``received_on``, read as ``BEFORE``.
        - ``WORKING_DAYS`` ("trong 05 ngày làm việc kể từ ngày nhận"): ``count``
          working days after ``received_on``, which is not counted (art. 147).
        - ``ONGOING`` ("thường xuyên", none): None.
        """
        match kind:
            case DeadlineKind.NO_LATER_THAN:
                return self.roll_forward(_need(day, "day"))
            case DeadlineKind.BEFORE:
                return self.roll_back(_need(day, "day") - timedelta(days=1))
            case DeadlineKind.QUARTER:
                return self.roll_forward(
                    end_of_quarter(_need(year, "year"), _need(quarter, "quarter"))
                )
            case DeadlineKind.HALF_YEAR:
                return self.roll_forward(end_of_half_year(_need(year, "year"), half or 1))
            case DeadlineKind.YEARLY:
                return self.roll_back(
                    next_yearly(_need(day, "day"), _need(received_on, "received_on"))
                    - timedelta(days=1)
                )
            case DeadlineKind.WORKING_DAYS:
                return self.add_working_days(
                    _need(received_on, "received_on"), _need(count, "count")
                )
            case DeadlineKind.ONGOING:
                return None
        raise ValueError(f"unknown deadline kind {kind!r}")  # pragma: no cover


class DeadlineKind(StrEnum):
    NO_LATER_THAN = "no_later_than"
    BEFORE = "before"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEARLY = "yearly"
    WORKING_DAYS = "working_days"
    ONGOING = "ongoing"


def end_of_month(year: int, month: int) -> date:
    """The last calendar day of ``month`` (1-12) of ``year``."""
    return date(year, month, _stdlib_calendar.monthrange(year, month)[1])


def end_of_quarter(year: int, quarter: int) -> date:
    """The last calendar day of ``quarter`` (1-4) of ``year``."""
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1 to 4")
    return end_of_month(year, quarter * 3)


def end_of_half_year(year: int, half: int = 1) -> date:
    """30 June (first half, "6 tháng đầu năm") or 31 December (second half)."""
    if half not in (1, 2):
        raise ValueError("half must be 1 or 2")
    return date(year, 6, 30) if half == 1 else date(year, 12, 31)


def end_of_year(year: int) -> date:
    return date(year, 12, 31)


def next_yearly(day_and_month: date, on_or_after: date) -> date:
    """The first date with ``day_and_month``'s day and month on or after ``on_or_after``."""
    for year in (on_or_after.year, on_or_after.year + 1):
        try:
            candidate = day_and_month.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 2, 28)
        if candidate >= on_or_after:
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def _is_tet_name(name: str) -> bool:
    return any(part in name for part in ("Tết Nguyên Đán", "Giao thừa", "29 Tết"))


def is_tet(reason: str) -> bool:
    """A day off for Tết Nguyên đán (announced or the package's), not Tết Dương lịch."""
    return reason == TET_REASON_VI or _is_tet_name(reason)


def vn_date(day: date | None, empty: str = "") -> str:
    """A date the way people here write it: 30/06/2017."""
    return day.strftime("%d/%m/%Y") if day else empty


def _need(value: _T | None, name: str) -> _T:
    if value is None:
        raise ValueError(f"this deadline kind needs {name}")
    return value


def _with_reasons(
    days: Mapping[date, str] | Iterable[date] | None, default: str
) -> dict[date, str]:
    if days is None:
        return {}
    if isinstance(days, Mapping):
        return dict(days)
    return dict.fromkeys(days, default)


# Loading ---------------------------------------------------------------------


def _parse_entry(raw: Any, default_reason: str, where: str) -> tuple[date, str]:
    if isinstance(raw, date):
        return raw, default_reason
    if isinstance(raw, str):
        text, _, reason = raw.partition(":")
        try:
            return date.fromisoformat(text.strip()), reason.strip() or default_reason
        except ValueError:
            pass
    raise ValueError(f"{where}: {raw!r} is not a date (YYYY-MM-DD or 'YYYY-MM-DD: lý do')")


def load_calendar(path: Path) -> WorkingCalendar:
    """Read the yearly adjustments (Tết days off, make-up Saturdays) from ``path``.

    A malformed date is an error; doubtful data (a date listed twice, a make-up
    day on a weekday or also a day off, a year without Tết) is loaded and
    reported in ``calendar.warnings``.
    """
    with path.open(encoding="utf-8") as fh:
        data = load_yaml(fh) or {}
    days_off: dict[date, str] = {}
    make_up: dict[date, str] = {}
    warnings: list[str] = []
    seen: dict[date, str] = {}
    years = data.get("years") or {}
    for year, entry in sorted(years.items()):
        entry = entry or {}
        if not entry.get("tet"):
            warnings.append(f"Năm {year}: chưa có ngày nghỉ Tết Nguyên đán (mục tet)")
        for key, default_reason, target in (
            ("tet", TET_REASON_VI, days_off),
            ("days_off", DAY_OFF_REASON_VI, days_off),
            ("make_up_days", MAKE_UP_REASON_VI, make_up),
        ):
            for raw in entry.get(key) or ():
                day, reason = _parse_entry(raw, default_reason, f"{year}.{key}")
                if day.year != year and key != "make_up_days":
                    warnings.append(f"{year}.{key}: ngày {day:%d/%m/%Y} không thuộc năm {year}")
                if day in seen:
                    warnings.append(
                        f"{year}.{key}: ngày {day:%d/%m/%Y} được ghi hai lần (cả ở {seen[day]})"
                    )
                seen[day] = f"{year}.{key}"
                target.setdefault(day, reason)
    for day in sorted(make_up):
        if day.weekday() < 5:
            warnings.append(f"Ngày làm bù {day:%d/%m/%Y} không phải thứ Bảy hoặc Chủ nhật")
        if day in days_off:
            warnings.append(f"Ngày làm bù {day:%d/%m/%Y} cũng được ghi là ngày nghỉ")
    calendar = WorkingCalendar(
        extra_days_off=days_off,
        make_up_days=make_up,
        warnings=warnings,
        years_configured=(int(y) for y in years),
    )
    calendar.tet_years = frozenset(int(y) for y, e in years.items() if (e or {}).get("tet"))
    for year, entry in sorted(years.items()):
        listed = {_parse_entry(raw, "", "")[0] for raw in ((entry or {}).get("tet") or ())}
        if not listed:
            continue
        for day in sorted(calendar.package_tet_weekdays(int(year)) - listed):
            calendar.warnings.append(
                f"Năm {year}: ngày {day:%d/%m/%Y} là ngày nghỉ Tết theo lịch chuẩn nhưng chưa "
                "có trong mục tet (vẫn được tính là ngày nghỉ)"
            )
    return calendar
