"""One people's committee named over several places, each with its own kind ("Ủy ban nhân dân
thành phố Cần Thơ, thành phố Huế và tỉnh Cà Mau ..."), is one collective lead as written, as
"Ủy ban nhân dân các tỉnh: A, B" is (README; 225/04 action 4)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
Số: 412/NQ-CP
Hà Nội, ngày 2 tháng 12 năm 2025

NGHỊ QUYẾT
Về hỗ trợ các địa phương khắc phục hậu quả bão số 15

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

QUYẾT NGHỊ:

1. Hỗ trợ khẩn cấp

a) Bộ Tài chính xuất cấp hạt giống dự trữ quốc gia cho các tỉnh bị thiệt hại.

b) Ủy ban nhân dân thành phố Cần Thơ, thành phố Huế và tỉnh Cà Mau cử đội y tế lưu động hỗ trợ
các tỉnh bị thiệt hại.

2. Nghị quyết này có hiệu lực từ ngày ký./.

Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- UBND các tỉnh, thành phố bị thiệt hại;
- Lưu: VT, NN (2b).

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Hồng Hà
"""


def test_a_committee_named_over_several_places_is_one_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RESOLUTION, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Bộ Tài chính", []),
        ("Ủy ban nhân dân thành phố Cần Thơ, thành phố Huế và tỉnh Cà Mau", []),
    ]
