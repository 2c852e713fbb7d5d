"""Round 48c (180/01): a subject in mixed case run on into the body's first sentence without a
blank line ends where "Ngày 03/01/2025," opens it; and a company's name holding a verb's words
in capitals ("Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi") is read
whole as the subject, its "Xây dựng" no predicate."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.done_by import dates_the_task

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 11/TB-UBND
Quảng Ngãi, ngày 08 tháng 01 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo về tình hình
cổ phần hóa Công ty trong thời gian qua
Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh chủ trì họp nghe báo cáo về tình hình cổ phần hóa
Công ty. Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:
1. Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi tiếp thu các ý kiến tại
cuộc họp, khẩn trương rà soát, báo cáo toàn bộ quá trình cổ phần hóa.
2. Giao Sở Tài chính chủ trì rà soát, tham mưu UBND tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Nguyễn Văn A
"""


def test_a_dated_opening_ends_the_subject(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    subject = parse_text(_NOTICE, org, calendar).subject
    assert subject is not None
    assert subject.endswith("trong thời gian qua")


def test_a_company_name_with_a_capitalised_verb_leads_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    action = parse_text(_NOTICE, org, calendar).actions[0]
    assert action.lead_unit == "Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi"


def test_a_paragraph_ending_done_by_a_date_dates_the_task_above() -> None:
    said = (
        "Trường hợp không đảm bảo điều kiện thì phối hợp với các cơ quan liên quan đề xuất hướng "
        "xử lý. Hoàn thành và báo cáo UBND tỉnh (thông qua Sở Tài chính) trước ngày 08/02/2025."
    )
    assert dates_the_task(fold_keep(said))
    assert not dates_the_task(fold_keep("Hoàn thành việc cổ phần hóa theo quy định."))
