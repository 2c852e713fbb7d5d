"""Round 41g: "Tổng cục Thuế đề nghị các Cục Thuế chủ động triển khai, thực hiện./." closes the
letter, as "... nghiêm túc triển khai thực hiện./." does: the offices asked only to carry out
what the items say, no task of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 4000/TCT-PC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 10 năm 2031
V/v triển khai Nghị định số 99/2031/NĐ-CP
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương
Tổng cục Thuế triển khai thực hiện Nghị định số 99/2031/NĐ-CP như sau:
1. Giao Cục Công nghệ thông tin chủ trì nâng cấp ứng dụng lập biên bản điện tử.
2. Đề nghị Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương phổ biến nội dung \
Nghị định số 99/2031/NĐ-CP tới công chức thuế.
Tổng cục Thuế đề nghị các Cục Thuế chủ động triển khai, thực hiện./.
"""


def test_asking_all_to_carry_out_on_their_own_closes_the_letter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert len(record.actions) == 2
    assert record.actions[0].lead_unit == "Cục Công nghệ thông tin"
