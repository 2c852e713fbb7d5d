"""Session 29's third reading: a body's name and ":" at the start of an item, its work run
in after the colon, leads and stays out of the task's text (examples/blind/README.md); a
colon after words that do more than name the body is no such label. Made-up letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH PHÚ\nSố: 91/UBND-KT\nBình Phú, ngày 6 tháng 3 năm 2025\n"
    "V/v rà soát hệ thống đèn chiếu sáng công cộng\n\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n"


def test_a_run_in_body_label_leads_and_stays_out_of_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n"
        "- Sở Xây dựng: hướng dẫn các địa phương rà soát đèn chiếu sáng công cộng.\n"
        "- Sở Khoa học và Công nghệ: Thẩm định phương án tiết kiệm điện chiếu sáng.\n"
        "- Sở Tài chính phối hợp Sở Công Thương: bố trí kinh phí thay thế đèn hư hỏng.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [(a.lead_unit, a.text[:25]) for a in record.actions] == [
        ("Sở Xây dựng", "hướng dẫn các địa phương "),
        ("Sở Khoa học và Công nghệ", "Thẩm định phương án tiết "),
        ("Sở Tài chính", "Sở Tài chính phối hợp Sở "),
    ]
