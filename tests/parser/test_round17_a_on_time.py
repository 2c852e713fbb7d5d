"""Round 17a: the letter's last words ask the body once more to carry out the request on time
("Đề nghị Sở X tổ chức thực hiện ngay và gửi báo cáo đúng thời hạn./."): no task of their own,
the request above is the one task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ Y TẾ
-------

Số: 1432/BYT-KCB
V/v báo cáo tình hình khám bệnh, chữa bệnh năm 2010.

Hà Nội, ngày 15 tháng 3 năm 2010

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương

Để tổng hợp báo cáo Chính phủ, đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương báo
cáo tình hình khám bệnh, chữa bệnh năm 2010 về Cục Quản lý khám, chữa bệnh trước ngày
15/4/2010.

Đề nghị Sở Y tế tổ chức thực hiện ngay và gửi báo cáo đúng thời hạn./.

Nơi nhận: - Như trên; - Lưu: VT, KCB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Thị Xuyên
"""


def test_a_closing_that_asks_for_the_work_on_time_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.text[:40], str(a.deadline)) for a in actions] == [
        ("Để tổng hợp báo cáo Chính phủ, đề nghị S", "2010-04-14")
    ]
