"""Round 51d: in the issuer's own opinion ("Tổng cục Thuế có ý kiến như sau:"), a point in
which the issuer hands bodies a document for their work ("1. Tổng cục Thuế sao gửi toàn văn
Nghị định số ... để các Cục Thuế triển khai thực hiện.") and whose later sentences, no subject
of their own, say what they need to do ("Trong quá trình ..., cần tạo thuận lợi ..., đồng thời
có trách nhiệm kiểm tra, giám sát ...") is those bodies' task, the whole point its text
(192/01); a worked example after it ("Ví dụ 1:" ...) is none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_LETTER = (
    TCT_4153
    + """\
Để kịp thời triển khai thực hiện có hiệu quả Nghị quyết, Tổng cục Thuế có ý kiến như sau:
1. Tổng cục Thuế sao gửi toàn văn Nghị định số 92/2021/NĐ-CP ngày 27/10/2021 của Chính phủ để \
các Cục Thuế triển khai thực hiện. Trong quá trình triển khai thực hiện Nghị định cần tạo thuận \
lợi cho doanh nghiệp, đồng thời có trách nhiệm kiểm tra, giám sát về giá bán hàng hóa, dịch vụ.
2. Về việc lập hóa đơn đối với hàng hóa, dịch vụ thuộc đối tượng giảm thuế GTGT
Tổng cục Thuế hướng dẫn ví dụ về lập hóa đơn như sau:
Ví dụ 1:
Công ty A cung cấp dịch vụ vận tải cho Công ty B thì khi lập hóa đơn GTGT giao cho Công ty B, \
Công ty A ghi như sau:
Tại cột “Hàng hóa, dịch vụ” ghi: “Dịch vụ vận tải”.
"""
)


def test_a_document_handed_for_work_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "các Cục Thuế",
            "Tổng cục Thuế sao gửi toàn văn Nghị định số 92/2021/NĐ-CP ngày 27/10/2021 của Chính"
            " phủ để các Cục Thuế triển khai thực hiện. Trong quá trình triển khai thực hiện Nghị"
            " định cần tạo thuận lợi cho doanh nghiệp, đồng thời có trách nhiệm kiểm tra, giám sát"
            " về giá bán hàng hóa, dịch vụ",
        )
    ]
