"""Round 51l (batch 188/02): under a heading that names the body, a paragraph that says only how
a piece of the work above is done by the rules in force ("Việc thực hiện nghiệp vụ ... theo quy
định hiện hành.") is no task of its own: it stays in the text of the task above it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import tchq_700
from tests.parser.signed import signed

_LETTER = (
    tchq_700("xử lý tờ khai vận chuyển độc lập")
    + """\
a) Chi cục Hải quan nơi hàng hóa được vận chuyển đến:
Khi hàng hóa đến, công chức hải quan kiểm tra niêm phong, xác nhận hàng đến trên Hệ thống V5.
Việc thực hiện nghiệp vụ xác nhận hàng đến trên Hệ thống VNACCS theo quy định hiện hành.
b) Chi cục Hải quan nơi lưu giữ hàng hóa:
Thông báo ngay cho doanh nghiệp kinh doanh cảng để dừng đưa hàng qua khu vực giám sát.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_how_the_work_is_done_stays_in_the_task_above(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Chi cục Hải quan nơi hàng hóa được vận chuyển đến",
        "Chi cục Hải quan nơi lưu giữ hàng hóa",
    ]
    assert actions[0].text.endswith(
        "trên Hệ thống V5. Việc thực hiện nghiệp vụ xác nhận hàng đến trên Hệ thống VNACCS theo "
        "quy định hiện hành"
    )


_UNDER_ITEM = (
    tchq_700("xử lý tờ khai vận chuyển độc lập")
    + """\
a) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):
- Kiểm tra, đối chiếu thông tin khai báo và phê duyệt tờ khai trên Hệ thống V5.
Việc thực hiện nghiệp vụ BOA trên Hệ thống VNACCS thực hiện theo quy định hiện hành.
b) Chi cục Hải quan nơi hàng hóa được vận chuyển đến:
- Thông báo cho doanh nghiệp kinh doanh cảng khi hàng hóa đã đến.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_how_the_work_is_done_stays_in_the_item_above(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_UNDER_ITEM, org, calendar).actions
    assert [a.text.split()[0] for a in actions] == ["Kiểm", "Thông"]
    assert actions[0].text.endswith("VNACCS thực hiện theo quy định hiện hành")
