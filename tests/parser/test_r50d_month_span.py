"""Round 50d: a task done over a span of months ("tham gia công tác đo đạc ... từ tháng 01
năm 1981 đến tháng 12 năm 1982") is due by the last day of the span's last month, as "đến hết
tháng M năm Y" is; a bare "đến tháng M năm Y" that ends no span (a target's horizon,
"phấn đấu đến tháng 12 năm 2026 đạt ...") dates nothing."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind
from directives.text import fold


def _due(text: str, calendar: WorkingCalendar) -> tuple[date | None, str | None] | None:
    found = find_deadline(text, fold(text), date(2025, 11, 3), calendar)
    return (found.deadline, found.text) if found else None


def test_a_span_of_months_is_due_at_its_end(calendar: WorkingCalendar) -> None:
    text = "Cử cán bộ tham gia công tác đo đạc từ tháng 01 năm 2026 đến tháng 6 năm 2026"
    found = find_deadline(text, fold(text), date(2025, 11, 3), calendar)
    assert found is not None and found.kind is DeadlineKind.BY
    assert _due(text, calendar) == (date(2026, 6, 30), "đến tháng 6 năm 2026")
    slashed = "Tổ chức kiểm tra từ tháng 01/2026 đến tháng 3/2026"
    assert _due(slashed, calendar) == (date(2026, 3, 31), "đến tháng 3/2026")


def test_a_bare_horizon_dates_nothing(calendar: WorkingCalendar) -> None:
    assert _due("Phấn đấu đến tháng 12 năm 2026 đạt 80% hồ sơ trực tuyến", calendar) is None
