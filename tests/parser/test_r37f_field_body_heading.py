"""A regulation's follow-up article that heads its tasks by the bodies owing them names a
field's bodies by the law's term, "Các cơ quan chuyên môn về xây dựng cấp tỉnh": "xây dựng"
after "chuyên môn về" is the field, not the heading's verb, and the whole heading leads."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies

LETTER = (
    "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG                      Độc lập - Tự do - Hạnh phúc\n"
    "Số: 07/2026/QĐ-UBND              Hà Giang, ngày 14 tháng 02 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Ban hành Quy định về quản lý chợ trên địa bàn tỉnh\n"
    "\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2026.\n"
    "QUY ĐỊNH\n"
    "Chương III\n"
    "TỔ CHỨC THỰC HIỆN\n"
    "Điều 9. Trách nhiệm thi hành\n"
    "1. Sở Công Thương\n"
    "Chủ trì hướng dẫn, kiểm tra việc quản lý chợ trên địa bàn tỉnh.\n"
    "2. Các cơ quan chuyên môn về xây dựng cấp tỉnh\n"
    "a) Chủ trì hướng dẫn, kiểm tra việc quản lý chất lượng công trình chợ.\n"
    "b) Thực hiện tổng hợp, báo cáo định kỳ theo quy định.\n"
)


def test_a_fields_bodies_heading_is_their_whole_name() -> None:
    assert heading_bodies("Các cơ quan chuyên môn về xây dựng cấp tỉnh") == [
        "Các cơ quan chuyên môn về xây dựng cấp tỉnh"
    ]
    assert heading_bodies("Sở Xây dựng xây dựng kế hoạch kiểm tra") == []


def test_the_tasks_under_it_are_led_by_the_whole_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in parse_text(LETTER, org, calendar).actions]
    assert leads == ["Sở Công Thương", *["Các cơ quan chuyên môn về xây dựng cấp tỉnh"] * 2]
