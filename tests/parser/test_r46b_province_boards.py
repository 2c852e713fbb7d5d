"""Round 46b: a provincial board named with its province's word ("Ban Dân tộc tỉnh", as
"Công an tỉnh", "Thanh tra tỉnh" are) is reported under the name the letter gives it, lead or
partner, not cut before "tỉnh"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN TỈNH GIA LAI
Số: 77/TB-UBND
Gia Lai, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh về công tác dân tộc

Chủ tịch UBND tỉnh kết luận như sau:
1. Giao Ban Dân tộc tỉnh tổng hợp danh sách đại biểu tham dự Hội nghị, báo cáo UBND tỉnh.
2. Giao Sở Tài chính chủ trì, phối hợp với Ban Dân tộc tỉnh bố trí kinh phí tổ chức Hội nghị./."""


def test_the_board_keeps_its_province_s_word(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert record.actions[0].lead_unit == "Ban Dân tộc tỉnh"
    assert record.actions[1].lead_unit == "Sở Tài chính"
    assert record.actions[1].coordinating_units == ["Ban Dân tộc tỉnh"]
