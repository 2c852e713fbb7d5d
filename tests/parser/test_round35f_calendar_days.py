"""Round 35f: a period in calendar days ("trong thời hạn 03 ngày kể từ ngày Quyết định có
hiệu lực thi hành", emphasis marks in it or not) dates nothing (``none``), as a period
counted from an event the letter does not date; the parser dated it (by the issue date plus
the days).
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_round35f_partners import DECISION, PLAIN


@pytest.mark.parametrize("period", [PLAIN, "**trong thời hạn 03 ngày **"])
def test_a_period_in_calendar_days_dates_nothing(
    period: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(DECISION.format(period=period), org, calendar).actions
    task = next(a for a in actions if a.text.startswith("Cấu hình"))
    assert (task.deadline, task.deadline_kind.value, task.deadline_text) == (None, "none", None)
