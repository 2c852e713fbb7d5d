"""A general department's letter whose parts are numbered with a slash ("1/ Về việc thực hiện
Nghị định số ...:", "2/ Xác định số thuế ...:"), the first quoting the decree's effect and then
telling the offices across the provinces what to do ("Cục Thuế các tỉnh, thành phố hướng dẫn
người nộp thuế ..."), the second the issuer's own guidance ("Tổng cục Thuế hướng dẫn Cục Thuế
... theo quy định của Nghị định số ... như sau:", however long the sentence before "như sau"):
each number opens a part of its own, the request is a task of the bodies as the letter names
them across the provinces, and the guidance's lines (a formula, the terms it defines) give
none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 2210/TCT-DNNCN
V/v xác định số thuế được giảm tại khu kinh tế
Hà Nội, ngày 10 tháng 05 năm 2019

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

1/ Về việc thực hiện Nghị định số 82/2018/NĐ-CP:
Điều 67 Nghị định số 82/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định:
“1. Nghị định này có hiệu lực thi hành từ ngày 10 tháng 7 năm 2018.”.
Cục Thuế các tỉnh, thành phố hướng dẫn người nộp thuế thực hiện khai thuế theo đúng quy định \
từ ngày 10/7/2018.
2/ Xác định số thuế được giảm của cá nhân làm việc tại khu kinh tế:
Tổng cục Thuế hướng dẫn Cục Thuế các tỉnh, thành phố trực thuộc Trung ương xác định số thuế \
thu nhập cá nhân được giảm của cá nhân làm việc tại khu kinh tế, khu kinh tế cửa khẩu khi \
quyết toán thuế năm 2018 theo quy định của Nghị định số 82/2018/NĐ-CP như sau:
Số thuế được giảm = Tổng số thuế phải nộp trong năm x 50%.
Tổng số thuế phải nộp trong năm được xác định trên cơ sở thu nhập chịu thuế trong năm.
Tổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố được biết./.
"""


def test_each_slash_numbered_part_opens_its_own_and_the_guidance_gives_none(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Cục Thuế các tỉnh, thành phố",
            "Cục Thuế các tỉnh, thành phố hướng dẫn người nộp thuế thực hiện khai thuế theo đúng"
            " quy định từ ngày 10/7/2018",
        )
    ]
