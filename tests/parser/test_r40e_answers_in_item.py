"""A paragraph inside a lettered item that says what bodies answer for ("Các bộ, cơ quan liên
quan chịu trách nhiệm trước Chính phủ về tiến độ ...; lưu ý phải bảo đảm ..."), set off by a
gap before the next item: it starts no action of its own and stays in the item's task, whose
text runs to the next item marker (examples/blind/README.md), whatever it goes on to ask."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
Số: 512/TB-VPCP
Hà Nội, ngày 05 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp Ban Chỉ đạo các dự án đường sắt

Ngày 01 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì cuộc họp Ban Chỉ đạo. Thủ tướng Chính \
phủ kết luận như sau:

1. Đối với dự án đường sắt

a) Hiện nay khối lượng hoàn thành của Dự án khoảng 40%, khối lượng còn lại rất lớn. Yêu cầu \
các bộ, ngành, nhất là Tổng công ty Đường sắt cần khẩn trương có giải pháp để đẩy nhanh tiến \
độ thi công.

{PARAGRAPH}

b) Bộ Xây dựng hoàn thành thủ tục đầu tư dự án trong năm 2025.

c) Bộ Tài chính bố trí vốn cho dự án.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện.
"""


def _actions(paragraph: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    text = _LETTER.replace("{PARAGRAPH}", paragraph) + signed(
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"
    )
    return [a.text for a in parse_text(text, org, calendar).actions]


def test_who_answers_stays_in_the_item(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    paragraph = (
        "Các bộ, cơ quan liên quan chịu trách nhiệm trước Chính phủ về tiến độ triển khai Dự"
        " án; lưu ý phải bảo đảm tính đồng bộ (từ nhà ga đến đường kết nối...)."
    )
    assert _actions(paragraph, org, calendar) == [
        "Yêu cầu các bộ, ngành, nhất là Tổng công ty Đường sắt cần khẩn trương có giải pháp để"
        " đẩy nhanh tiến độ thi công. " + paragraph.rstrip("."),
        "Bộ Xây dựng hoàn thành thủ tục đầu tư dự án trong năm 2025",
        "Bộ Tài chính bố trí vốn cho dự án",
    ]


def test_a_body_given_work_there_is_its_own_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    paragraph = "Bộ Giao thông vận tải kiểm tra chất lượng thi công Dự án."
    assert _actions(paragraph, org, calendar)[1] == paragraph.rstrip(".")
