"""An item whose later sentence has for its subject the body the item already leads ("Giao Sở
Xây dựng chủ trì, phối hợp với Văn phòng X rà soát .... Trên cơ sở ..., Sở Xây dựng chủ trì,
phối hợp với Sở Y lập ...") is one task, the partners of both sentences its own (an item is
cut only where a sentence names another body); a later sentence naming another body still
gives that body a task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import an_lac_signed

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH AN LẠC\n"
    "Số: 818/QĐ-UBND\n"
    "An Lạc, ngày 12 tháng 6 năm 2025\n"
    "QUYẾT ĐỊNH\n"
    "Về việc công bố danh mục thủ tục hành chính lĩnh vực nhà ở\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực nhà ở.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Sở Xây dựng chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh rà soát quy"
    " trình nội bộ giải quyết thủ tục hành chính. Trên cơ sở quy trình được duyệt, Sở Xây"
    " dựng chủ trì, phối hợp với Sở Khoa học và Công nghệ lập quy trình điện tử trên Hệ thống"
    " một cửa của tỉnh.\n"
    "2. Giao Sở Tài chính rà soát phí, lệ phí của các thủ tục. Sở Nội vụ theo dõi việc"
    " niêm yết thủ tục tại bộ phận một cửa.\n" + an_lac_signed("Như Điều 2")
)


def test_the_same_body_going_on_is_one_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    units = [(a.lead_unit, a.coordinating_units) for a in actions]
    assert units == [
        ("Sở Xây dựng", ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ"]),
        ("Sở Tài chính", []),
        ("Sở Nội vụ", []),
    ]
    assert actions[0].text.endswith("lập quy trình điện tử trên Hệ thống một cửa của tỉnh")
