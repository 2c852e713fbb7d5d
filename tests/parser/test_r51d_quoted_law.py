"""Round 51d: the law a letter quotes, article by article inside “...” after "Luật ... quy
định:" ("“Điều 6. Căn cứ tính thuế", "“9. Dịch vụ y tế ...”."), is cited law and never a
task, the paragraph that opens the quotation included; the letter's own request after it
stays a task (README: quoted legal text; 191/01)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
Số: 1234/BTC-CST
V/v chính sách thuế đối với đơn vị sự nghiệp công lập
Hà Nội, ngày 12 tháng 06 năm 2017

Kính gửi: Sở Tài chính tỉnh Nam Định

Bộ Tài chính nhận được công văn của Sở Tài chính hỏi về chính sách thuế. Về vấn đề này, \
Bộ Tài chính đề nghị Sở Tài chính thực hiện như sau:
1. Về cơ sở pháp lý
- Luật thuế thu nhập doanh nghiệp quy định:
“Điều 6. Căn cứ tính thuế
Căn cứ tính thuế là thu nhập tính thuế và thuế suất.”.
- Điều 5 Luật thuế giá trị gia tăng quy định đối tượng không chịu thuế:
“9. Dịch vụ y tế, dịch vụ thú y, bao gồm dịch vụ khám bệnh, chữa bệnh cho người và vật nuôi.”.
“13. Dạy học, dạy nghề theo quy định của pháp luật.”.
2. Hướng dẫn các đơn vị sự nghiệp công lập kê khai thuế theo quy định trên.
"""


def test_quoted_articles_are_no_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Sở Tài chính",
            "Hướng dẫn các đơn vị sự nghiệp công lập kê khai thuế theo quy định trên",
        )
    ]
