"""A periodic clause with a bracketed day that goes on to a yearly one ("Định kỳ 6 tháng (gửi
trước ngày 15/6) và hằng năm (gửi trước ngày 15/11), gửi báo cáo ...") sets a day of every year:
its first day is the task's deadline, `yearly`, at its next occurrence after the letter's date
(README's "hằng năm" rule; 225/02 action 6)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind


def test_a_half_yearly_day_then_a_yearly_one_recurs(calendar: WorkingCalendar) -> None:
    text = (
        "Gửi báo cáo hoạt động chuyên trang. Định kỳ 6 tháng (gửi trước ngày 20/6) và hằng năm"
        " (gửi trước ngày 20/12), gửi báo cáo về Sở Văn hóa và Thể thao."
    )
    deadline = find_deadline(text, fold_keep(text), date(2025, 8, 10), calendar)
    assert deadline is not None
    assert (deadline.kind, deadline.text) == (DeadlineKind.YEARLY, "trước ngày 20/6")
    # (20/6/2026 is a Saturday: the last working day before it)
    assert deadline.deadline == date(2026, 6, 19)


def test_a_periodic_day_with_no_yearly_cue_stays_one_day(calendar: WorkingCalendar) -> None:
    text = "Định kỳ 6 tháng (gửi trước ngày 20/6), gửi báo cáo về Sở Văn hóa và Thể thao."
    deadline = find_deadline(text, fold_keep(text), date(2025, 3, 10), calendar)
    assert deadline is not None
    assert deadline.kind is not DeadlineKind.YEARLY
