"""Round 42m: a period of working days counted from the day the decision takes effect
("trong thời hạn 05 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành") is dated from
the decision and its text keeps the day it counts from, as the labels write it (57/02), like
"... kể từ ngày ban hành Quyết định"; a period in calendar days still dates nothing."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind


def test_working_days_from_the_decisions_effect_keep_their_anchor(
    calendar: WorkingCalendar,
) -> None:
    text = (
        "Giao Sở Y tế cập nhật quy trình nội bộ lên Hệ thống thông tin giải quyết thủ tục hành"
        " chính của tỉnh trong thời hạn 05 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi"
        " hành."
    )
    found = find_deadline(text, fold_keep(text), date(2025, 3, 3), calendar)
    assert found is not None and found.kind is DeadlineKind.WITHIN_WORKING_DAYS
    assert found.text == (
        "trong thời hạn 05 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành"
    )


def test_calendar_days_from_the_decisions_effect_date_nothing(
    calendar: WorkingCalendar,
) -> None:
    text = (
        "Giao Sở Y tế cập nhật quy trình nội bộ trong thời hạn 05 ngày kể từ ngày Quyết định có"
        " hiệu lực thi hành."
    )
    assert find_deadline(text, fold_keep(text), date(2025, 3, 3), calendar) is None
