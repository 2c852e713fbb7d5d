"""Round 52d (batch 204): a task that opens with the span it runs over.

"Kể từ ngày 20/10/2025 đến hết ngày 31/10/2025, Hội đồng có trách nhiệm tổ chức ...": the span
is the task's own time, its end the deadline (not the days of an occasion told before a
request); and "Giáo dục" in a body's name asks nothing ("giao" of "giao dục" is no "giao")."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import dhkt_decision
from tests.parser.signed import signed

_DECISION = (
    dhkt_decision(
        "40", "ngày 15 tháng 10 năm 2025", "Về việc thành lập Hội đồng chấm đề án thạc sĩ"
    )
    + """\
Điều 1. Thành lập Hội đồng chấm đề án thạc sĩ gồm các ông (bà) có tên sau đây.
Điều 2. Kể từ ngày 20/10/2025 đến hết ngày 31/10/2025, Hội đồng có trách nhiệm tổ chức chấm \
đề án thạc sĩ theo Quy chế đào tạo trình độ thạc sĩ của Bộ Giáo dục và Đào tạo ban hành.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
"""
)


def test_the_span_a_task_opens_with_dates_it(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_DECISION + signed("HIỆU TRƯỞNG"), org, calendar)
    dated = [(a.lead_unit, a.deadline, a.deadline_text) for a in got.actions if a.deadline]
    assert dated == [("Hội đồng", date(2025, 10, 31), "đến hết ngày 31/10/2025")]
