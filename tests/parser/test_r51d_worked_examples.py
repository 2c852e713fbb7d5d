"""Round 51d: a worked example the letter sets out ("Ví dụ 1:" / "Công ty A ... cung cấp dịch vụ
vận tải cho Công ty B ..., Công ty A ghi như sau:" / "Tại cột “Hàng hóa, dịch vụ” ghi: ...") is
no task, whatever companies it names: it shows how the rule applies; the letter's own request
after it ("Tổng cục Thuế đề nghị Cục Thuế thành phố Hà Nội ...") is one again (192/01)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_LETTER = (
    TCT_4153
    + """\
Để triển khai Nghị quyết, Tổng cục Thuế có ý kiến như sau:
1. Về việc lập hóa đơn đối với hàng hóa, dịch vụ thuộc đối tượng giảm thuế GTGT
Căn cứ quy định trên, Tổng cục Thuế hướng dẫn ví dụ về lập hóa đơn như sau:
Ví dụ 1:
Công ty A, là doanh nghiệp tính thuế GTGT theo phương pháp khấu trừ, cung cấp dịch vụ vận \
tải cho Công ty B. Ngày 15/11/2021, Công ty A cung cấp dịch vụ vận tải cho Công ty B thì khi \
lập hóa đơn GTGT giao cho Công ty B, Công ty A ghi như sau:
Tại cột “Hàng hóa, dịch vụ” ghi: “Dịch vụ vận tải” Giá bán ghi: 20.000.000 đồng.
Căn cứ hóa đơn GTGT, Công ty A kê khai thuế GTGT đầu ra, Công ty B kê khai khấu trừ thuế GTGT \
theo số thuế đã giảm ghi trên hóa đơn.
Ví dụ 2:
Tổ chức X cung cấp dịch vụ lưu trú cho khách hàng Y và lập hóa đơn bán hàng như sau:
Tại cột “Thành tiền” ghi: “3.000.000 đồng”.
Tổng cục Thuế đề nghị Cục Thuế thành phố Hà Nội tổ chức tập huấn cho người nộp thuế trên \
địa bàn về việc lập hóa đơn nêu trên.
"""
)


def test_a_worked_example_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Cục Thuế thành phố Hà Nội",
            "Tổng cục Thuế đề nghị Cục Thuế thành phố Hà Nội tổ chức tập huấn cho người nộp thuế"
            " trên địa bàn về việc lập hóa đơn nêu trên",
        )
    ]
