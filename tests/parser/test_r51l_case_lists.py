"""Round 51l (batch 188/02): under a "-" item giving a task, a paragraph that opens a case of it
and lists what to do ("Trường hợp ... thì hướng dẫn người khai thực hiện khai báo như sau:"),
with its "+" items, is the task's own detail: it goes on with the item, and the next "-" item
is a task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import tchq_700
from tests.parser.signed import signed

_LETTER = (
    tchq_700("xử lý tờ khai vận chuyển độc lập")
    + """\
a) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):
- Hướng dẫn người khai khai báo thông tin tờ khai lên Hệ thống V5.
Trường hợp lô hàng được vận chuyển bằng nhiều phương tiện thì hướng dẫn người khai như sau:
+ Tiêu chí “Phương tiện vận chuyển” chi tiết tại “Ghi chú”.
+ Tiêu chí “Ghi chú 1”: Nhập chi tiết tên các phương tiện vận tải.
- Kiểm tra, đối chiếu thông tin khai báo và phê duyệt tờ khai trên Hệ thống V5.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_a_case_and_its_list_stay_in_the_task_above(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.text.split()[0] for a in actions] == ["Hướng", "Kiểm"]
    assert actions[0].text.endswith(
        "lên Hệ thống V5. Trường hợp lô hàng được vận chuyển bằng nhiều phương tiện thì hướng dẫn"
        " người khai như sau: + Tiêu chí “Phương tiện vận chuyển” chi tiết tại “Ghi chú”. + Tiêu"
        " chí “Ghi chú 1”: Nhập chi tiết tên các phương tiện vận tải"
    )
    assert {a.lead_unit for a in actions} == {"Chi cục Hải quan nơi đăng ký tờ khai (nơi đi)"}


_CASE_ITEMS = (
    tchq_700("khai báo tờ khai chung container")
    + """\
1. Chi cục Hải quan nơi đăng ký tờ khai:
a) Trường hợp hàng đóng trong một container nhưng phải khai nhiều tờ khai:
+ Tiêu chí “Số tờ khai đầu tiên”:
Ô 1: Đối với tờ khai đầu tiên: nhập vào chữ “F”.
+ Danh sách container:
khai báo tại tờ khai đầu tiên.
b) Trường hợp hàng đóng chung container của nhiều chủ hàng:
Thực hiện theo hướng dẫn của Tổng cục Hải quan và hướng dẫn công chức thực hiện như sau:
- Trường hợp các tờ khai đã đủ điều kiện thì hướng dẫn người khai liên hệ doanh nghiệp cảng.
- Trường hợp một tờ khai chưa đủ điều kiện thì dừng container trên Hệ thống của cảng.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_a_case_item_holds_the_points_it_lists(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_CASE_ITEMS, org, calendar).actions
    assert len(actions) == 2
    assert actions[0].text.startswith("Trường hợp hàng đóng trong một container")
    assert actions[0].text.endswith("+ Danh sách container: khai báo tại tờ khai đầu tiên")
    assert actions[1].text.endswith("thì dừng container trên Hệ thống của cảng")
