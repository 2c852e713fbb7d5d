"""Round 37a: a party's inspection committee ("Ủy ban Kiểm tra Tỉnh ủy") is one name, its
capitalised "Kiểm tra" no verb, as after "Ban" ("Ban Tổ chức Tỉnh ủy"); and the state audit
office's regional unit ("Kiểm toán khu vực VII", "Kiểm toán Nhà nước") is a body of its own
in a list of leads, capitalised ("kiểm toán" in lower case is the verb)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 44/QĐ-UBND
Hà Nam, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc giao kế hoạch đầu tư công năm 2026

QUYẾT ĐỊNH:
Điều 1. Giao kế hoạch đầu tư công năm 2026 cho các đơn vị.
Điều 2. Sở Tài chính hướng dẫn các chủ đầu tư thực hiện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
{request} Thanh tra tỉnh theo chức năng, nhiệm vụ được giao tham mưu cho Ủy ban nhân dân tỉnh xử
lý nghiêm các vi phạm nếu có.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành
Quyết định này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""


def test_the_inspection_committee_and_the_regional_audit_lead_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    request = (
        "Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Kiểm toán khu vực IV phối"
        " hợp kiểm tra, giám sát việc thực hiện Quyết định này."
    )
    actions = parse_text(_DECISION.format(request=request), org, calendar).actions
    (action,) = [a for a in actions if a.text.startswith("Đề nghị")]
    assert action.lead_unit == "Ủy ban Kiểm tra Tỉnh ủy"
    assert action.coordinating_units == ["Ban Nội chính Tỉnh ủy", "Kiểm toán khu vực IV"]
