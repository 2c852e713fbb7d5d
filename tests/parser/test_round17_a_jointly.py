"""Round 17a: "giao Bộ X chủ trì, cùng Bộ Y có phương án ...": the body named after "chủ trì,
cùng" works with the lead as its partner, as after "phối hợp với"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

Số: 5120/VPCP-NN
V/v xử lý tình trạng khai thác cát trái phép

Hà Nội, ngày 19 tháng 5 năm 2017

Kính gửi:
- Bộ Tài nguyên và Môi trường;
- Bộ Công an.

Thủ tướng Chính phủ giao Bộ Tài nguyên và Môi trường chủ trì, cùng Bộ Công an kiểm tra, xử lý
nghiêm tình trạng khai thác cát trái phép trên các tuyến sông, báo cáo Thủ tướng Chính phủ.

Nơi nhận: - Như trên; - Lưu: VT, NN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Tuấn
"""


def test_the_body_after_chu_tri_cung_is_the_leads_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert (action.lead_unit, action.coordinating_units) == (
        "Bộ Tài nguyên và Môi trường",
        ["Bộ Công an"],
    )
