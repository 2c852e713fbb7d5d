"""Round 17a: a department asked by the plural of its kind whose name holds "và" ("đề nghị
các Sở Tài nguyên và Môi trường ...") is one kind of body, named as the ministry it answers to
is; not two departments "Sở Tài nguyên" and "Sở Môi trường"."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
-------

Số: 77/BTNMT-TCMT
V/v báo cáo kết quả quan trắc môi trường năm 2014.

Hà Nội, ngày 05 tháng 01 năm 2015

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Để tổng hợp báo cáo Quốc hội, đề nghị các {kind} chỉ đạo các đơn vị quan trắc gửi
báo cáo kết quả quan trắc năm 2014 về Tổng cục Môi trường.

Nơi nhận:
- Như trên;
- Lưu: VT, TCMT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Võ Tuấn Nhân
"""


@pytest.mark.parametrize(
    "kind",
    [
        "Sở Tài nguyên và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Văn hóa, Thể thao và Du lịch",
    ],
)
def test_the_departments_of_one_kind_whose_name_holds_va_lead_as_one(
    kind: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER.format(kind=kind), org, calendar).actions
    assert (action.lead_unit, action.coordinating_units) == (f"các {kind}", [])
