"""Round 51a (batch 188/02): a heading that closes with "Ví dụ:" ("- Trường hợp không có dữ
liệu ...: kiểm tra trạng thái tờ khai ... . Ví dụ:") is followed by what illustrates it, the
cases it gives as examples, no tasks of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC HẢI QUAN
Số: 700/TCHQ-GSQL Hà Nội, ngày 13 tháng 02 năm 2017
V/v xử lý container tồn đọng
Kính gửi: Cục Hải quan TP. Hồ Chí Minh.
Tổng cục Hải quan yêu cầu Cục Hải quan TP. Hồ Chí Minh thực hiện nội dung sau:
1. Rà soát danh sách container tồn đọng tại cảng Cát Lái và xử lý như sau:
- Trường hợp không có dữ liệu: kiểm tra trạng thái tờ khai trên Hệ thống V5. Ví dụ:
+ Tờ khai chưa được quyết định thông quan: yêu cầu người khai hải quan liên hệ Chi cục.
+ Tờ khai thuộc diện niêm phong: hướng dẫn doanh nghiệp liên hệ Chi cục nơi hàng đi.
2. Báo cáo kết quả xử lý về Tổng cục Hải quan.
""" + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")


def test_the_examples_under_a_heading_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert not any(a.text.startswith("Tờ khai") for a in actions)
    assert any(a.text.startswith("Báo cáo") for a in actions)
