"""Round rL: a ministry's or a department's personnel office ("Vụ Tổ chức cán bộ", "Phòng Tổ
chức cán bộ") and the Party's central policy board ("Ban Chính sách, chiến lược Trung ương")
are named whole among a task's partners: their small words ("cán bộ") and the comma inside the
name cut nothing."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ NỘI VỤ
Số: 310/QĐ-BNV
QUYẾT ĐỊNH
Ban hành Kế hoạch rà soát vị trí việc làm năm 2026
Hà Nội, ngày 06 tháng 5 năm 2026

1. Văn phòng Bộ chủ trì, phối hợp với Vụ Tổ chức cán bộ và Vụ Pháp chế rà soát quy chế làm \
việc của Bộ.
2. Vụ Công chức - Viên chức chủ trì, phối hợp với Ban Chính sách, chiến lược Trung ương và \
Bộ Tài chính đánh giá chính sách tiền lương.
"""


def test_the_personnel_office_and_the_policy_board_are_named_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    partners = [a.coordinating_units for a in record.actions]
    assert partners == [
        ["Vụ Tổ chức cán bộ", "Vụ Pháp chế"],
        ["Ban Chính sách, chiến lược Trung ương", "Bộ Tài chính"],
    ]
