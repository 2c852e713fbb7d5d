"""Round 35i: "Báo cáo ... định kỳ 06 tháng (trước ngày 30/6 của năm), năm (trước ngày 25/12
hàng năm)": a day "of the year" ("của năm", no year named) recurs each year like one "hằng
năm" (the parser read it once, "before"); "trước ngày 15/01 của năm sau" and "... của năm
2026" stay one day."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind

_ISSUED = date(2025, 12, 2)


def test_a_day_of_the_year_recurs(calendar: WorkingCalendar) -> None:
    text = "Báo cáo định kỳ 06 tháng (trước ngày 30/6 của năm), năm hoặc đột xuất theo yêu cầu."
    found = find_deadline(text, fold_keep(text), _ISSUED, calendar)
    assert found is not None
    assert found.kind == DeadlineKind.YEARLY
    assert found.text == "trước ngày 30/6 của năm"


def test_a_day_of_a_named_year_is_one_day(calendar: WorkingCalendar) -> None:
    for text in (
        "Báo cáo kết quả trước ngày 15/01 của năm sau.",
        "Báo cáo kết quả trước ngày 15/01 của năm 2026.",
    ):
        found = find_deadline(text, fold_keep(text), _ISSUED, calendar)
        assert found is not None
        assert found.kind != DeadlineKind.YEARLY
