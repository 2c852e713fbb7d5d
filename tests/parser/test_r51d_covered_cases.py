"""Round 51d: a task item whose sentence ends by listing what its work covers ("1. Bám sát hoạt
động ... để xác định các trường hợp ... phải nộp tiền ..., bao gồm:") over the cases it lists
("- Đối với khai thác nước mặt:" / "+ Khai thác nước mặt để phát điện;") is ONE task, its "-"
and "+" items and the paragraph closing the item in its text (191/02); a unit's power set as a
superscript run of its own ("20 m" / "3" / "/ngày đêm") is glued back ("20 m3/ngày đêm")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.run_glue import glued
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 3995/TCT-DNL
V/v hướng dẫn thực hiện Nghị định 82/2017/NĐ-CP
Hà Nội, ngày 05 tháng 09 năm 2017

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố triển khai thực hiện một số nội dung sau:
1. Bám sát hoạt động của các doanh nghiệp đang khai thác tài nguyên nước để xác định các \
trường hợp phải nộp tiền cấp quyền khai thác tài nguyên nước, bao gồm:
- Đối với khai thác nước mặt:
+ Khai thác nước mặt để phát điện;
+ Khai thác nước mặt để phục vụ sản xuất phi nông nghiệp.
- Đối với khai thác nước dưới đất:
+ Khai thác nước dưới đất để phục vụ hoạt động kinh doanh;
+ Khai thác nước dưới đất để nuôi trồng thủy sản.
Tiền cấp quyền khai thác tài nguyên nước được nộp hàng năm.
2. Phối hợp với Sở Tài nguyên và Môi trường tổ chức thu tiền cấp quyền khai thác tài nguyên nước.
"""


def test_the_cases_a_task_covers_are_its_text(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Bám sát hoạt động của các doanh nghiệp đang khai thác tài nguyên nước để xác định các"
        " trường hợp phải nộp tiền cấp quyền khai thác tài nguyên nước, bao gồm: - Đối với khai"
        " thác nước mặt: + Khai thác nước mặt để phát điện; + Khai thác nước mặt để phục vụ sản"
        " xuất phi nông nghiệp. - Đối với khai thác nước dưới đất: + Khai thác nước dưới đất để"
        " phục vụ hoạt động kinh doanh; + Khai thác nước dưới đất để nuôi trồng thủy sản. Tiền"
        " cấp quyền khai thác tài nguyên nước được nộp hàng năm",
        "Phối hợp với Sở Tài nguyên và Môi trường tổ chức thu tiền cấp quyền khai thác tài"
        " nguyên nước",
    ]
    assert {a.lead_unit for a in record.actions} == {"Cục Thuế các tỉnh, thành phố"}


def test_a_units_power_is_glued_back() -> None:
    para = "cây công nghiệp dài ngày khác với quy mô từ 20 m"
    assert glued(para, para, "3", False)
    assert not glued("theo Điều 2", "theo Điều 2", "3", False)
