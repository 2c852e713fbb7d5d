"""One kind of body in lower case narrowed by what it has ("Giao phòng có công chức sai phạm
(cụ thể phòng Tư pháp, Thanh tra huyện) chủ trì, ...") is the lead as written, the bracket
that names which bodies are meant ("cụ thể ...") part of the name (README: a parenthesis
that belongs to the name stays, the unit meant); the items under it are its tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import AN_LAC_FUNDED, an_lac_plan

LEAD = "phòng có công chức sai phạm (cụ thể phòng Tư pháp, Thanh tra huyện)"

LETTER = (
    an_lac_plan("42", "06 tháng 5 năm 2024", "Khắc phục hạn chế trong quản lý hồ sơ năm 2024")
    + "I. NỘI DUNG KHẮC PHỤC\n"
    "1. Việc lưu hồ sơ trên máy tính kết nối mạng còn xảy ra tại 02 phòng.\n"
    "- Giải pháp thực hiện:\n"
    "- Giao phòng có công chức sai phạm (cụ thể phòng Tư pháp, Thanh tra huyện) chủ trì, xóa"
    " hồ sơ lưu trên máy tính kết nối mạng đồng thời phối hợp với Công an huyện kiểm tra việc"
    " xóa.\n"
    "+ Quán triệt đến công chức trong phòng về quy định lưu hồ sơ;\n"
    "+ Đề xuất kinh phí mua máy tính riêng để lưu hồ sơ.\n" + AN_LAC_FUNDED
)


def test_the_kind_with_what_it_has_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    led = [a for a in actions if a.lead_unit == LEAD]
    assert [a.text[:20] for a in led] == [
        "Giao phòng có công c",
        "Quán triệt đến công ",
        "Đề xuất kinh phí mua",
    ]
    assert led[0].coordinating_units == ["Công an huyện"]
