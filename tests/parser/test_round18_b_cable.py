"""Round 18b: a chairman's cable (công điện) copied without its letterhead: the type with its
urgency ("CÔNG ĐIỆN HỎA TỐC"), the number dated by the hour it was sent ("Số: ... hồi 9 giờ 30
ngày 15/7/2021"), the sender alone above its verb ("CHỦ TỊCH ..." / "ĐIỆN"), the head of a
body asked by title ("yêu cầu Giám đốc Sở ..."), and its last words ("thực hiện ngay Công
điện này./.") asking nothing of their own."""

from __future__ import annotations

import datetime

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_CABLE = """CÔNG ĐIỆN HỎA TỐC

Số: 12/CĐ-UBND hồi 9 giờ 30 ngày 15/7/2021

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG

ĐIỆN

- Giám đốc Sở Công Thương;
- Chủ tịch UBND các huyện, thị xã, thành phố.

Để bảo đảm nguồn hàng thiết yếu cho người dân, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công
Thương tổ chức kiểm tra việc cung ứng hàng hóa tại các chợ đầu mối.

Yêu cầu Giám đốc Sở Công Thương, Chủ tịch UBND các huyện, thị xã, thành phố thực hiện ngay
Công điện này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Võ Văn Minh
"""


def test_a_cable_without_letterhead_is_dated_by_its_hour_and_sent_by_the_chairman(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_CABLE, org, calendar)
    header = (record.document_type, record.number, record.issued_on, record.issuer)
    assert header == (
        "CÔNG ĐIỆN",
        "12/CĐ-UBND",
        datetime.date(2021, 7, 15),
        "Chủ tịch Ủy ban nhân dân tỉnh Bình Dương",
    )
    assert record.subject is None
    assert record.recipients == [
        "Giám đốc Sở Công Thương",
        "Chủ tịch UBND các huyện, thị xã, thành phố",
    ]


def test_the_head_asked_by_title_leads_and_the_last_words_ask_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_CABLE, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Công Thương"]
    assert record.actions[0].text.startswith("Để bảo đảm nguồn hàng")
