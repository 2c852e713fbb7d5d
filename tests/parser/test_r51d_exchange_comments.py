"""Round 51d: a letter in which the issuer sets out its own reasoning ("Bộ Tài chính xin trao
đổi một số vấn đề như sau:" over numbered topics of analysis) and asks only for comments: the
topics are the issuer's own exposition, no task with the issuer as lead; the two requests for
comments are tasks of the bodies asked in the plural ("đề nghị các cơ quan cho ý kiến ..."),
and the sentence that only says where and by when to send the comments ("Ý kiến tham gia xin
gửi về Bộ Tài chính ... trước ngày 24 tháng 6 năm 2017") stays out of the text and dates both
(README: dated closing sentence, 28/04; 191/01). A topic title "a) Về ..." the page ran into
the sentence under it ("... có thẩm quyền" / "Để tránh vướng mắc ...") is no part of the task."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.topic_titles import topic_then_sentence
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
Số: 7686/BTC-CST
V/v chính sách thuế đối với đơn vị sự nghiệp công lập
Hà Nội, ngày 12 tháng 06 năm 2017

Kính gửi:
- Các Bộ: Y tế, Giáo dục và Đào tạo;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.

Để xử lý kiến nghị của các đơn vị, Bộ Tài chính xin trao đổi một số vấn đề như sau:
1. Về cơ sở pháp lý
Bộ Tài chính thấy rằng học phí và viện phí đã chuyển sang cơ chế giá.
Hiện nay, Bộ Y tế chưa ban hành giá dịch vụ y tế tính đủ chi phí.
2. Các vấn đề cần trao đổi
a) Về các hoạt động khám bệnh, chữa bệnh trong khung giá
Để tránh vướng mắc trong thực hiện, đề nghị các cơ quan cho ý kiến cụ thể về dự kiến nội dung \
hướng dẫn của Bộ Tài chính.
b) Về một số dịch vụ khác
Một số đơn vị cho rằng các đơn vị chuyển sang cơ chế tự chủ cần có chính sách ưu đãi hơn.
Bộ Tài chính đề nghị các cơ quan cho ý kiến về các vấn đề nêu trên. Ý kiến tham gia xin gửi \
về Bộ Tài chính (Vụ Chính sách thuế) tổng hợp trước ngày 24 tháng 6 năm 2017.
Trân trọng cảm ơn sự hợp tác của Quý cơ quan./.
"""


def test_only_the_requests_for_comments_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text, a.deadline) for a in record.actions] == [
        (
            "các cơ quan",
            "Để tránh vướng mắc trong thực hiện, đề nghị các cơ quan cho ý kiến cụ thể về dự"
            " kiến nội dung hướng dẫn của Bộ Tài chính",
            date(2017, 6, 23),
        ),
        (
            "các cơ quan",
            "Bộ Tài chính đề nghị các cơ quan cho ý kiến về các vấn đề nêu trên",
            date(2017, 6, 23),
        ),
    ]


def test_a_topic_title_ends_before_a_sentence() -> None:
    title = "a) Về các hoạt động khám bệnh, chữa bệnh trong khung giá của cơ quan có thẩm quyền"
    assert topic_then_sentence(title, "Để tránh vướng mắc trong thực hiện,")
    assert not topic_then_sentence("a) Về việc phối hợp với", "Một số đơn vị")
    assert not topic_then_sentence("a) Đề nghị các cơ quan", "Để tránh vướng mắc")
