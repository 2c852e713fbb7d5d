"""Round 18a: a full stop a page set where one sentence goes on: before a small letter ("...
xem xét quyết định. đề nghị Bộ X ..."), or inside the list of bodies asked ("kính đề nghị Bộ
A. Bộ B có ý kiến ..."); and a copy the sender encloses ("xin gửi kèm theo bản sao ..."), which
asks nothing."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round18a_letters import office_letter


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        (
            "Để Văn phòng Chính phủ có cơ sở tổng hợp trình Thủ tướng Chính phủ xem xét. đề nghị "
            "Bộ Tài chính có ý kiến bằng văn bản gửi về Văn phòng Chính phủ./.",
            "Để Văn phòng Chính phủ có cơ sở tổng hợp",
        ),
        (
            "Theo Quy chế làm việc của Chính phủ, kính đề nghị Bộ Tài chính. Bộ Công Thương có ý "
            "kiến bằng văn bản gửi về Văn phòng Chính phủ trước ngày 20 tháng 01 năm 2010.\n\n"
            "Văn phòng Chính phủ xin gửi kèm theo bản sao công văn của Ủy ban nhân dân tỉnh Cà "
            "Mau./.",
            "Theo Quy chế làm việc",
        ),
    ],
)
def test_one_task_across_a_stray_stop(
    body: str, opening: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = office_letter(body, org, calendar).actions
    assert [(a.text[: len(opening)], a.lead_unit) for a in actions] == [(opening, "Bộ Tài chính")]


_LISTED = (
    "Theo Quy chế làm việc của Chính phủ, kính đề nghị Bộ Tài chính. Bộ Công Thương, Ngân hàng "
    "Nhà nước Việt Nam có ý kiến bằng văn bản gửi về Văn phòng Chính phủ./."
)


def test_the_bodies_asked_across_a_stray_stop_act_together(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = office_letter(_LISTED, org, calendar).actions
    assert [a.coordinating_units for a in actions] == [
        ["Bộ Công Thương", "Ngân hàng Nhà nước Việt Nam"]
    ]
