"""A case named alone in its own sentence ("(a) Đối với trường hợp khách hàng nộp tiền tại
các đơn vị KBNN, các điểm giao dịch của NHTM.") right over the paragraph that says what is done
in it ("KBNN, NHTM thực hiện ký, đóng dấu ..."): the case frames that paragraph, one task whose
text starts at the case phrase, its "(a)" a marker and no part of it (README), and whose lead
is the body the paragraph names, not the intro's; "ký và đóng dấu" after a body is its verb, no
part of its name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
KHO BẠC NHÀ NƯỚC
Số: 1450/KBNN-KTNN
V/v chứng từ nộp lệ phí
Hà Nội, ngày 10 tháng 6 năm 2016

Kính gửi: KBNN các tỉnh, thành phố trực thuộc trung ương

1. Về tính pháp lý của Giấy nộp tiền. Để thống nhất thực hiện trong toàn hệ thống, đề nghị \
KBNN các tỉnh, thành phố phối hợp với các NHTM trên địa bàn thực hiện thống nhất như sau:
(a) Đối với trường hợp khách hàng nộp tiền tại các đơn vị KBNN, các điểm giao dịch của NHTM.
KBNN, NHTM thực hiện ký, đóng dấu trên Giấy nộp tiền theo quy định tại Thông tư 128/2008/TT-BTC.
- Đối với Giấy rút dự toán ngân sách, các đơn vị KBNN ký và đóng dấu đầy đủ theo quy định.
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về KBNN để nghiên cứu \
giải quyết./.
"""


def test_a_case_named_alone_frames_the_paragraph_under_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC"), org, calendar)
    first = record.actions[0]
    assert first.text == (
        "Đối với trường hợp khách hàng nộp tiền tại các đơn vị KBNN, các điểm giao dịch của NHTM."
        " KBNN, NHTM thực hiện ký, đóng dấu trên Giấy nộp tiền theo quy định tại Thông tư"
        " 128/2008/TT-BTC"
    )
    assert first.lead_unit == "KBNN"
    assert len(record.actions) == 2


def test_signing_and_stamping_is_the_bodys_verb(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC"), org, calendar)
    assert record.actions[1].lead_unit == "các đơn vị KBNN"
