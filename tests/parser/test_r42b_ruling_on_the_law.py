"""A general department's ruling to one tax office that quotes the law ("- Khoản 2 Điều 31 Luật
quản lý thuế quy định:" / "“...”") and then draws on it ("Căn cứ quy định nêu trên, Cục Thuế
cần nghiên cứu ... để áp dụng và xử lý cho phù hợp."): the paragraph that draws on the quoted
law is the letter speaking again, not more of the item that quotes it, and the body told what
it needs to do is given a task; the later sentences that say which offence the law makes of a
case ("Trường hợp ... thì xử phạt về hành vi chậm nộp hồ sơ khai thuế ...") state the law and
stay out of its text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_RULING = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1790/TCT-CS
V/v xử lý vi phạm về khai thuế
Hà Nội, ngày 12 tháng 5 năm 2010

Kính gửi: Cục Thuế tỉnh Ninh Thuận.

Trả lời công văn số 318/CT-KK ngày 02/04/2010 của Cục Thuế tỉnh Ninh Thuận về việc xử lý vi \
phạm về khai thuế, Tổng cục Thuế hướng dẫn áp dụng văn bản quy phạm pháp luật như sau:
- Khoản 3 Điều 32 Luật quản lý thuế quy định:
“3. Chậm nhất là ngày thứ ba mươi của quý tiếp theo đối với hồ sơ khai thuế tạm tính.”
- Điều 9 Nghị định số 98/2007/NĐ-CP quy định:
“Nộp hồ sơ khai thuế chậm so với thời hạn quy định thì bị phạt tiền.”
Căn cứ quy định nêu trên, Cục Thuế cần rà soát từng hồ sơ khai thuế tạm tính để xử lý cho phù \
hợp. Trường hợp người nộp thuế nộp hồ sơ khai thuế tạm tính sau thời hạn thì xử phạt về hành vi \
chậm nộp hồ sơ khai thuế quy định tại Điều 9 Nghị định số 98/2007/NĐ-CP.
Tổng cục Thuế thông báo để Cục Thuế tỉnh Ninh Thuận biết./.
"""


def test_the_office_told_what_it_needs_to_do_on_the_quoted_law_has_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RULING + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Cục Thuế",
            "Căn cứ quy định nêu trên, Cục Thuế cần rà soát từng hồ sơ khai thuế tạm tính để xử"
            " lý cho phù hợp",
        )
    ]
