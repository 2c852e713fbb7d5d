"""Round 17a: a công điện sent to two offices of the same heads ("Đồng chí Bí thư và Chủ tịch
Ủy ban nhân dân các tỉnh, ..."): the task it asks of them is led by the body they head."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
-------

Số: 915/CĐ-TTg
CÔNG ĐIỆN

Hà Nội, ngày 14 tháng 6 năm 2008

THỦ TƯỚNG CHÍNH PHỦ điện:

Đồng chí Bí thư và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Tôi đề nghị đồng chí Bí thư và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
ương tập trung chỉ đạo phòng, chống dịch tả lợn trên địa bàn của mình.

THỦ TƯỚNG
Nguyễn Tấn Dũng
"""


def test_two_offices_of_one_body_lead_as_the_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.lead_unit == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
