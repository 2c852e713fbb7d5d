"""Round 53d: a numbered unit's name runs in small words up to its number ("Phòng Quản lý hỗ
trợ doanh nghiệp số 1"): "hỗ trợ" inside it is no predicate, and two such units listed
before the verb lead and join in (221/03)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """THUẾ TỈNH NGHỆ AN
Số: 30/QĐ-NAN
Nghệ An, ngày 05 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc phân công nhiệm vụ cho các phòng
TRƯỞNG THUẾ TỈNH NGHỆ AN
QUYẾT ĐỊNH:
Điều 1. Về phân công nhiệm vụ quản lý thuế
- Phòng Quản lý hỗ trợ doanh nghiệp số 1, Phòng Quản lý hỗ trợ doanh nghiệp số 2 thực hiện \
quản lý thuế đối với các doanh nghiệp do phòng theo dõi.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký./.
Nơi nhận:
- Lưu: VT.
TRƯỞNG THUẾ TỈNH
Lê Văn Hùng
"""


def test_a_numbered_units_small_words_are_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Phòng Quản lý hỗ trợ doanh nghiệp số 1", ["Phòng Quản lý hỗ trợ doanh nghiệp số 2"])
    ]
