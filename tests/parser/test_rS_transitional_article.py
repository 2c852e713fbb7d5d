"""Session 29's third reading: a transitional article outside a follow-up article or chapter
is a rule and gives no task, its title wrapped or not (examples/blind/README.md, 221/04).
Made-up decision."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

DECISION = (
    "BỘ XÂY DỰNG\nSố: 318/QĐ-BXD\nHà Nội, ngày 9 tháng 6 năm 2025\n\n"
    "QUYẾT ĐỊNH\nSửa đổi Quyết định quy định cơ cấu tổ chức của Cục Đường bộ\n\n"
    "BỘ TRƯỞNG BỘ XÂY DỰNG\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Sửa đổi khoản 2 Điều 3 như sau:\n"
    "“2. Cục Đường bộ có 08 phòng chuyên môn.”.\n"
    "Điều 2. Điều khoản chuyển\ntiếp\n"
    "Cục trưởng Cục Đường bộ chịu trách nhiệm sắp xếp các phòng chuyên môn chậm nhất "
    "trong thời hạn 02 tháng kể từ ngày Quyết định này có hiệu lực.\n"
    "Điều 3. Hiệu lực và trách nhiệm thi hành\n"
    "Quyết định này có hiệu lực kể từ ngày ký. Cục trưởng Cục Đường bộ, Chánh Văn phòng Bộ "
    "chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nNguyễn Văn Hùng\n"
)


def test_a_transitional_article_outside_a_follow_up_part_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(DECISION, org, calendar)
    assert not any("sắp xếp các phòng" in a.text for a in record.actions)
