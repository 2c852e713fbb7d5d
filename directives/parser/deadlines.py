"""Deadline phrases resolved against the document's date on the working calendar.

Rules (documented in the report and tests):
- "trước ngày X" (before) and "chậm nhất ngày X" (by) both end on X itself: offices
  read "trước ngày 30/6" as "hand it in by 30/6 at the latest".
- A date without a year takes the document's year, or the next one if already past.
- "trong quý II" ends on the quarter's last day; "6 tháng đầu năm" on 30/6,
  "6 tháng cuối năm" on 31/12; "trước 15/12 hằng năm" on the next 15/12 on or
  after the document's date.
- "trong N ngày làm việc kể từ ngày nhận": N working days after the document's
  date (the day of receipt is unknown when parsing; a warning says so).
- A last day that is not a working day moves to the next working day.
"""

from __future__ import annotations

import calendar as month_calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from directives.calendar import WorkingCalendar
from directives.parser.clean import squash
from directives.parser.dates import DATE_PATTERN, date_from_match
from directives.records import DeadlineKind

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_WORKING_DAYS = re.compile(
    r"trong\s+(?:vong\s+|thoi\s+han\s+|thoi\s+gian\s+)?(?P<n>\d{1,3})\s+ngay\s+lam\s+viec"
    r"(?:\s*,?\s*(?:ke\s+)?tu\s+(?:ngay\s+)?(?P<from>nhan|ban\s+hanh|ky)[^.;,\n]{0,40})?"
)
_CALENDAR_DAYS = re.compile(
    r"trong\s+(?:vong\s+|thoi\s+han\s+)?(?P<n>\d{1,3})\s+ngay(?!\s+lam)"
    r"(?:\s*,?\s*(?:ke\s+)?tu\s+(?:ngay\s+)?(?P<from>nhan|ban\s+hanh|ky)[^.;,\n]{0,40})?"
)
_YEARLY = re.compile(
    r"(?:(?:truoc|cham\s+nhat(?:\s+la)?|vao|den)\s+)?(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*|\s+thang\s+)(?P<m>\d{1,2})\s+(?:hang|moi)\s+nam"
)
_HALF_YEAR = re.compile(
    r"(?:truoc\s+|trong\s+)?(?:06|6|sau)\s+thang\s+(?P<half>dau|cuoi)\s+nam(?:\s+(?P<y>\d{4}))?"
)
_QUARTER = re.compile(
    r"(?:(?:trong|truoc|cuoi|het|hoan\s+thanh\s+trong)\s+)?quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![\w])"
    r"(?:\s*(?:nam\s+|/\s*)(?P<y>\d{4}))?"
)
_MONTH = re.compile(r"trong\s+thang\s+(?P<m>\d{1,2})\s*(?:/\s*|\s+nam\s+)(?P<y>\d{4})")
_IN_YEAR = re.compile(r"trong\s+nam\s+(?P<y>\d{4})")
_BEFORE = re.compile(r"truoc\s+(?:ngay\s+)?" + DATE_PATTERN)
_BY = re.compile(
    r"(?:cham\s+nhat(?:\s+la)?(?:\s+vao)?(?:\s+ngay)?|han\s+chot(?:\s+la)?(?:\s+ngay)?|"
    r"(?:xong|hoan\s+thanh)\s+(?:vao|trong)\s+ngay|(?:den|vao)\s+ngay|thoi\s+han\s*:?\s*(?:ngay)?)\s*"
    + DATE_PATTERN
)
_BARE = re.compile(r"^\s*(?:ngay\s+)?" + DATE_PATTERN + r"\s*$")
_ONGOING = re.compile(r"thuong\s+xuyen|hang\s+ngay|lien\s+tuc")


@dataclass(frozen=True)
class Deadline:
    deadline: date | None
    kind: DeadlineKind
    text: str
    start: int
    warning: str | None = None


def _next_occurrence(day: int, month: int, after: date) -> date | None:
    for year in (after.year, after.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= after:
            return candidate
    return None


def _quarter_end(q: int, year: int) -> date:
    month = q * 3
    return date(year, month, month_calendar.monthrange(year, month)[1])


def _with_year(found: date | None, year_given: bool, issued_on: date | None) -> date | None:
    if found is None or year_given or issued_on is None or found >= issued_on:
        return found
    try:
        return found.replace(year=found.year + 1)
    except ValueError:
        return None


def _dated(m: re.Match[str], issued_on: date | None) -> date | None:
    year = issued_on.year if issued_on else None
    given = bool(m.group("y") or m.group("y2"))
    return _with_year(date_from_match(m, year), given, issued_on)


def _scan(
    folded: str, issued_on: date | None
) -> list[tuple[int, int, date | None, DeadlineKind, str | None]]:
    """Every deadline phrase as (start, end, date, kind, warning)."""
    year = issued_on.year if issued_on else None
    hits: list[tuple[int, int, date | None, DeadlineKind, str | None]] = []
    for m in _WORKING_DAYS.finditer(folded):
        when = None
        warning = None
        if issued_on is not None:
            when = issued_on
            if (m.group("from") or "").startswith("nhan"):
                warning = "received"
        hits.append((m.start(), m.end(), when, DeadlineKind.WITHIN_WORKING_DAYS, warning))
    for m in _CALENDAR_DAYS.finditer(folded):
        when = issued_on + timedelta(days=int(m.group("n"))) if issued_on else None
        warning = "received" if (m.group("from") or "").startswith("nhan") else None
        hits.append((m.start(), m.end(), when, DeadlineKind.BY, warning))
    for m in _YEARLY.finditer(folded):
        when = (
            _next_occurrence(int(m.group("d")), int(m.group("m")), issued_on) if issued_on else None
        )
        hits.append((m.start(), m.end(), when, DeadlineKind.YEARLY, None))
    for m in _HALF_YEAR.finditer(folded):
        y = int(m.group("y")) if m.group("y") else year
        when = (
            None if y is None else date(y, 6, 30) if m.group("half") == "dau" else date(y, 12, 31)
        )
        if when is not None and not m.group("y"):
            when = _with_year(when, False, issued_on)
        hits.append((m.start(), m.end(), when, DeadlineKind.HALF_YEAR, None))
    for m in _QUARTER.finditer(folded):
        y = int(m.group("y")) if m.group("y") else year
        when = None if y is None else _quarter_end(_ROMAN[m.group("q")], y)
        if when is not None and not m.group("y"):
            when = _with_year(when, False, issued_on)
        hits.append((m.start(), m.end(), when, DeadlineKind.QUARTER, None))
    for m in _MONTH.finditer(folded):
        y, mo = int(m.group("y")), int(m.group("m"))
        if 1 <= mo <= 12:
            when = date(y, mo, month_calendar.monthrange(y, mo)[1])
            hits.append((m.start(), m.end(), when, DeadlineKind.BY, None))
    for m in _IN_YEAR.finditer(folded):
        hits.append((m.start(), m.end(), date(int(m.group("y")), 12, 31), DeadlineKind.BY, None))
    for pattern, kind in ((_BEFORE, DeadlineKind.BEFORE), (_BY, DeadlineKind.BY)):
        for m in pattern.finditer(folded):
            when = _dated(m, issued_on)
            if when is not None:
                hits.append((m.start(), m.end(), when, kind, None))
    return hits


def find_deadline(
    text: str,
    folded: str,
    issued_on: date | None,
    calendar: WorkingCalendar,
    *,
    cell: bool = False,
) -> Deadline | None:
    """The first deadline phrase in ``text`` (``folded`` is its ``fold_keep``), resolved."""
    hits = _scan(folded, issued_on)
    if cell and not hits:
        bare = _BARE.match(folded)
        if bare:
            when = _dated(bare, issued_on)
            if when is not None:
                hits.append((bare.start(), bare.end(), when, DeadlineKind.BY, None))
        elif _ONGOING.search(folded):
            return None
    if not hits:
        return None
    # the earliest phrase wins; at the same place the longest (most specific) one
    start, end, when, kind, warning = min(hits, key=lambda h: (h[0], -h[1]))
    phrase = squash(text[start:end]).strip(" ,.;:")
    message = None
    if kind is DeadlineKind.WITHIN_WORKING_DAYS and when is not None:
        count = int(re.search(r"\d+", folded[start:end]).group(0))  # type: ignore[union-attr]
        when = calendar.add_working_days(when, count)
    if when is not None:
        when = calendar.roll_forward(when)
    if warning == "received" and issued_on is not None:
        message = (
            f"thời hạn “{phrase}” tính từ ngày nhận văn bản, chưa biết khi phân tích; "
            f"đã tính từ ngày ban hành {issued_on:%d/%m/%Y}"
        )
    if when is None:
        message = f"không tính được thời hạn “{phrase}” vì thiếu ngày ban hành văn bản"
    return Deadline(when, kind, phrase, start, message)
