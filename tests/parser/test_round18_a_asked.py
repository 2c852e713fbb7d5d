"""Round 18a: the Government Office asks its addressees by a polite word or their kind ("đề
nghị quý Ủy ban có ý kiến", "xin gửi bản chụp ... đến quý cơ quan để nghiên cứu, có ý kiến",
"đề nghị các cơ quan có ý kiến ... trước ngày 20 tháng 01 năm 2010"): they lead the task, not
the Office that asks; and a request with a due date in words is a task, not closing words."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round18a_letters import office_letter


@pytest.mark.parametrize(
    ("asked", "lead"),
    [
        (
            "Để có cơ sở trình Thủ tướng Chính phủ, Văn phòng Chính phủ đề nghị các cơ quan có ý "
            "kiến bằng văn bản gửi Văn phòng Chính phủ trước ngày 20 tháng 01 năm 2010 về đề án "
            "nêu trên./.",
            "các cơ quan",
        ),
        (
            "Để có căn cứ trình Thủ tướng xem xét, Văn phòng Chính phủ đề nghị quý Bộ có ý kiến "
            "về đề nghị của Ủy ban nhân dân tỉnh Cà Mau trước ngày 20 tháng 01 năm 2010.",
            "quý Bộ",
        ),
        (
            "Văn phòng Chính phủ xin gửi bản chụp công văn nói trên đến quýcơ quan để nghiên cứu "
            "và có ý kiến, gửi về Văn phòng Chính phủ trước ngày 20 tháng 01 năm 2010.",
            "quýcơ quan",
        ),
    ],
)
def test_the_addressees_asked_by_their_kind_or_politely_lead(
    asked: str, lead: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = office_letter(asked, org, calendar).actions
    assert action.lead_unit == lead
    assert action.deadline_text == "trước ngày 20 tháng 01 năm 2010"
