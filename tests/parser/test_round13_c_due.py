"""Round 13 (c): a task table's time cell "2026 và hằng năm" (first in that year, then every
year) is due by the end of that year, its whole wording the phrase."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.tables import cell_deadline


def test_a_year_and_every_year_after_is_due_by_that_years_end(calendar: WorkingCalendar) -> None:
    found = cell_deadline("2027 và hằng năm", date(2026, 4, 6), calendar)
    assert found is not None
    assert (found.deadline, found.text) == (date(2027, 12, 31), "2027 và hằng năm")
    assert cell_deadline("2027 và hàng năm", date(2026, 4, 6), calendar) is not None
