"""Round 19a: a ministry asks the provinces' people's committees for a review ("Bộ ... đề nghị
UBND các tỉnh, thành phố tiến hành rà soát ..."), then dates the report in a paragraph of its
own. The committees lead, where "tiến hành" ends their name, where the clause of purpose lost
its comma before the ministry's name, and where the list's comma lost its space."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round19a_letters import ministry_letter

_DATED = "\n\nBáo cáo gửi về Bộ Giao thông vận tải trước ngày 29/4/2011 để tổng hợp."
_TASK = " rà soát danh mục các dự án giao thông nông thôn."


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        # "tiến hành" (to conduct) ends the name of the bodies asked
        (
            "Bộ Giao thông vận tải đề nghị Ủy ban nhân dân các tỉnh, thành phố tiến hành",
            "Ủy ban nhân dân các tỉnh, thành phố",
        ),
        # a clause of purpose that lost its comma before the ministry asking
        (
            "Để có cơ sở tổng hợp Bộ Giao thông vận tải đề nghị Ủy ban nhân dân các tỉnh tổ chức",
            "Ủy ban nhân dân các tỉnh",
        ),
        # a list of areas whose comma lost its space
        (
            "Bộ Giao thông vận tải đề nghị UBND các tỉnh,thành phố tổ chức",
            "UBND các tỉnh,thành phố",
        ),
    ],
)
def test_the_committees_asked_lead_the_review_dated_after_it(
    opening: str, lead: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = ministry_letter(opening + _TASK + _DATED, org, calendar)
    assert [(a.lead_unit, a.deadline_text) for a in record.actions] == [
        (lead, "trước ngày 29/4/2011")
    ]
