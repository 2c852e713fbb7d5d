"""Round F (batch 232): the social policy bank's branch in a province, by its name or its
usual short form ("Chi nhánh NHCSXH tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"), is a
body: a heading naming it heads its duties, and a partner named with it is a coordinating unit."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 31/KH-UBND Quảng Trị, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Cho vay hỗ trợ tạo việc làm năm 2025

I. MỤC ĐÍCH, YÊU CẦU
- Hỗ trợ người lao động có việc làm ổn định.
II. TỔ CHỨC THỰC HIỆN
1. Chi nhánh NHCSXH tỉnh có trách nhiệm
- Hướng dẫn hồ sơ, thủ tục vay vốn cho người lao động.
- Công khai danh sách hộ vay vốn tại điểm giao dịch xã.
2. Sở Nội vụ có trách nhiệm
- Phối hợp Chi nhánh NHCSXH tỉnh rà soát nhu cầu vay vốn của người lao động.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""


def test_the_bank_branch_heads_its_duties_and_is_a_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    got = [(a.text[:20], a.lead_unit, a.coordinating_units) for a in actions]
    assert got == [
        ("Hướng dẫn hồ sơ, thủ", "Chi nhánh NHCSXH tỉnh", []),
        ("Công khai danh sách ", "Chi nhánh NHCSXH tỉnh", []),
        ("Phối hợp Chi nhánh N", "Sở Nội vụ", ["Chi nhánh NHCSXH tỉnh"]),
    ]
