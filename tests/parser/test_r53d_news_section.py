"""Round 53d: a letter rolling out a new circular whose intro asks the tax departments to spread
what is new in it ("Tổng cục Thuế đề nghị các Cục Thuế tổ chức quán triệt, phổ biến ... các nội
dung mới của Thông tư số ..., cụ thể như sau:") and whose first section is titled as what is new
("I. Những điểm mới của Thông tư ..."): that section's points say what the rules now say and
said before ("Trước đây: ..."), whatever bodies they name, no one's task (README: the items of
the issuer's own guidance); the intro's request is one, and the section after it on rolling the
circular out gives the tasks (221/05)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_LETTER = (
    TCT_4153
    + """\
Ngày 10/5/2021 Bộ Tài chính đã ban hành Thông tư số 45/2021/TT-BTC hướng dẫn về quản lý \
miễn thuế.
Tổng cục Thuế đề nghị các Cục Thuế tổ chức quán triệt, phổ biến các nội dung mới của Thông tư \
số 45/2021/TT-BTC tới cán bộ thuế, cụ thể như sau:
I. Những điểm mới của Thông tư hướng dẫn về quản lý miễn thuế
1. Hồ sơ miễn thuế (Điều 5)
- Bổ sung hướng dẫn người nộp thuế gửi hồ sơ miễn thuế điện tử.
Trước đây: chưa có quy định này.
2. Giải quyết hồ sơ miễn thuế (Điều 8) Bổ sung quy định: Kho bạc nhà nước thực hiện chi trả \
trong 03 ngày làm việc kể từ ngày nhận được lệnh.
Trước đây: chưa có hướng dẫn chi tiết.
3. Trách nhiệm của cơ quan thuế (Điều 9)
- Cục Thuế có trách nhiệm tiếp nhận và giải quyết hồ sơ miễn thuế.
- Làm rõ căn cứ xác định số thuế được miễn.
II. Kế hoạch triển khai Thông tư
1. Cục Thuế có văn bản gửi Tổng cục Thuế về việc phân công cán bộ tiếp nhận hồ sơ miễn thuế.
"""
)


def test_what_is_new_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text[:40]) for a in record.actions] == [
        ("các Cục Thuế", "Tổng cục Thuế đề nghị các Cục Thuế tổ ch"),
        ("Cục Thuế", "Cục Thuế có văn bản gửi Tổng cục Thuế về"),
    ]
    assert record.actions[0].text.endswith("tới cán bộ thuế, cụ thể như sau")
