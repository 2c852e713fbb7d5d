"""Round rP: bodies named and then a plural of their kind before a verb that ends a subject only
in lower case ("Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam, các cơ quan báo chí địa phương
tuyên truyền ..."): the subject is the list, the first body the lead, the others, the plural
too, joint leads among the coordinating units."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 2210/BVHTTDL-BC\n\n"
    "Hà Nội, ngày 18 tháng 8 năm 2025\n\n"
    "Kính gửi: Các cơ quan báo chí.\n\n"
    "Bộ Văn hóa, Thể thao và Du lịch đề nghị như sau:\n\n"
    "1. Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam, các cơ quan báo chí địa phương tuyên\n"
    "truyền sâu rộng về Ngày hội đọc sách toàn quốc năm 2025.\n"
) + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG")


def test_media_named_with_a_plural(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    (first,) = parse_text(_PAGE, org, calendar).actions
    assert (first.lead_unit, first.coordinating_units) == (
        "Đài Tiếng nói Việt Nam",
        ["Thông tấn xã Việt Nam", "các cơ quan báo chí địa phương"],
    )
