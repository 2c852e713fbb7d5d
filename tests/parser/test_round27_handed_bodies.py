"""Round 27: under an intro that asks a province's committee "và các đơn vị ..." to carry out
the items below, an item in which the issuer hands the work to bodies it names ("Bộ Y tế giao
các đơn vị Viện X, Trường Y và Bệnh viện Z hỗ trợ ...") is the task of those bodies, the first
leading; and an item whose subject is the committee alone ("Ủy ban nhân dân thành phố Hà Nội
chỉ đạo ...") is the committee's, not the whole list of the intro. The parser gave the first
item to the issuer and the second to the intro's list read as one name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 3300/BYT-DP
V/v hỗ trợ xét nghiệm cho thành phố Cần Thơ

Hà Nội, ngày 05 tháng 8 năm 2021

Kính gửi:
- Ủy ban nhân dân thành phố Cần Thơ;
- Viện Pasteur Thành phố Hồ Chí Minh;
- Bệnh viện Chợ Rẫy.

Nhằm hỗ trợ ngành Y tế Cần Thơ khẩn trương xét nghiệm cho các trường hợp nghi ngờ mắc bệnh,
Bộ Y tế đề nghị Ủy ban nhân dân thành phố Cần Thơ và các đơn vị trực thuộc Bộ Y tế triển khai
một số nội dung cụ thể như sau:

1. {first}

2. {second}

Bộ Y tế đề nghị Ủy ban nhân dân thành phố Cần Thơ và các đơn vị khẩn trương tổ chức thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, DP.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn C
"""

_FIRST = (
    "Bộ Y tế giao các đơn vị Viện Pasteur Thành phố Hồ Chí Minh và Bệnh viện Chợ Rẫy hỗ trợ"
    " ngành Y tế Cần Thơ thực hiện việc xét nghiệm trong giai đoạn trước mắt."
)
_SECOND = (
    "Ủy ban nhân dân thành phố Cần Thơ chỉ đạo các đơn vị liên quan phối hợp với các đơn vị"
    " của Bộ Y tế để triển khai thực hiện."
)


def test_the_bodies_handed_the_work_and_the_committee_alone(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER.format(first=_FIRST, second=_SECOND), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Viện Pasteur Thành phố Hồ Chí Minh", ["Bệnh viện Chợ Rẫy"]),
        ("Ủy ban nhân dân thành phố Cần Thơ", []),
    ]
