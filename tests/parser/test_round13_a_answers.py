"""Round 13a: where no heading says the items are tasks, an item that only says what a body
answers for ("- Tổ chức lập bản đồ ... phải chịu trách nhiệm toàn diện trước pháp luật về
...") is no task, while one that commands stays one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UBND TỈNH HÀ GIANG
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 436/SNNMT-KS
Hà Giang, ngày 14 tháng 3 năm 2026
V/v lập bản đồ hiện trạng khu vực khai thác

Kính gửi: Các tổ chức khai thác khoáng sản trên địa bàn tỉnh Hà Giang.

Thời gian qua, việc lập bản đồ hiện trạng khu vực khai thác còn nhiều sai sót.
- Tăng cường kiểm tra số liệu bản đồ hiện trạng trước khi nộp.
- Tổ chức lập bản đồ hiện trạng phải chịu trách nhiệm toàn diện trước pháp luật về tính chính
xác, trung thực của số liệu trên bản đồ.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn An
"""


def test_an_item_that_only_says_what_a_body_answers_for_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.text.split()[0] for a in actions] == ["Tăng"]
