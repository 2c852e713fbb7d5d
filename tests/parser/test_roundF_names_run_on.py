"""Round F (batch 232): an item whose object is a list of bodies set apart by ";" running to the
item's end ("... của các Sở A; Sở B; Sở C.") is one task: the names after a ";" ask nothing."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 45/KH-UBND Ninh Thuận, ngày 14 tháng 4 năm 2025

KẾ HOẠCH
Tự kiểm tra văn bản năm 2025

I. MỤC ĐÍCH, YÊU CẦU
- Kịp thời phát hiện văn bản trái pháp luật.
II. NHIỆM VỤ
1. Sở Tư pháp
- Tổng hợp kết quả tự kiểm tra của các sở, gồm Sở Y tế; Sở Xây dựng; Sở Giáo dục và Đào tạo.
- Chủ trì kiểm tra văn bản theo thẩm quyền.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phạm Văn Cường
"""


def test_names_after_a_semicolon_stay_in_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Tư pháp", "Sở Tư pháp"]
    assert actions[0].text.endswith("gồm Sở Y tế; Sở Xây dựng; Sở Giáo dục và Đào tạo")
    assert actions[1].text.startswith("Chủ trì kiểm tra văn bản")
