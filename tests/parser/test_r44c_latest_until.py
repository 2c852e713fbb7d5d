"""Round 44c: "chậm nhất đến ngày 01 tháng 7 năm 2028" (at the latest, until that day) is the
deadline as "chậm nhất ngày ..." is, its text with the words that make it the latest."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind


def test_at_the_latest_until_a_day(calendar: WorkingCalendar) -> None:
    text = (
        "Tăng cường kiểm tra, bảo đảm hoàn thành việc áp dụng các giải pháp kỹ thuật chậm nhất"
        " đến ngày 01 tháng 7 năm 2028 theo yêu cầu của Bộ Xây dựng."
    )
    found = find_deadline(text, fold_keep(text).lower(), date(2026, 3, 1), calendar)
    assert found is not None
    assert found.kind is DeadlineKind.BY
    assert found.text == "chậm nhất đến ngày 01 tháng 7 năm 2028"
