"""Round F (batch 232): a plan whose implementation part opens with the time of the whole work
("III. TỔ CHỨC THỰC HIỆN" / "1. Thời hạn thực hiện: năm 2025."): every task above it without a
date of its own is due by that year's end; the duties assigned below it are not dated by it."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 77/KH-UBND Tuy Hòa, ngày 10 tháng 02 năm 2025

KẾ HOẠCH
Kiểm tra công tác an toàn thực phẩm năm 2025

I. MỤC ĐÍCH, YÊU CẦU
- Kịp thời phát hiện các cơ sở vi phạm.
II. NỘI DUNG THỰC HIỆN
1. Sở Y tế
- Kiểm tra các cơ sở sản xuất thực phẩm trên địa bàn tỉnh.
- Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 năm 2025.
2. Sở Tư pháp
- Rà soát các quy định về xử phạt vi phạm hành chính về an toàn thực phẩm.
III. TỔ CHỨC THỰC HIỆN
1. Thời hạn thực hiện: năm 2025.
2. Phân công trách nhiệm
a) Sở Y tế: Bố trí kinh phí bảo đảm hoạt động kiểm tra.
b) Sở Tư pháp: Phối hợp hướng dẫn các đơn vị thực hiện Kế hoạch này.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn An
"""


def test_the_plans_time_dates_the_tasks_above_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    got = [(a.text[:20], a.deadline, a.deadline_kind, a.deadline_text) for a in actions]
    assert got == [
        ("Kiểm tra các cơ sở s", date(2025, 12, 31), DeadlineKind.BY, "năm 2025"),
        (
            "Tổng hợp kết quả kiể",
            date(2025, 11, 14),
            DeadlineKind.BEFORE,
            "trước ngày 15 tháng 11 năm 2025",
        ),
        ("Rà soát các quy định", date(2025, 12, 31), DeadlineKind.BY, "năm 2025"),
        ("Bố trí kinh phí bảo ", None, DeadlineKind.NONE, None),
        ("Phối hợp hướng dẫn c", None, DeadlineKind.NONE, None),
    ]
