"""Round 18c: a letter sent to many whose "Kính gửi" is a dotted blank to fill in names no
recipient; its request to "Quý cơ quan" is that recipient's task, and a
trade's association ("Hội nghề Yến Việt Nam") asked by name leads its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TƯ PHÁP
-------

Số: 2210/BTP-VĐCXDPL
V/v góp ý dự thảo Nghị định về hòa giải thương mại

Hà Nội, ngày 14 tháng 6 năm 2016

Kính gửi: {recipients}

{asked}

Nơi nhận:
- Như trên;
- Bộ trưởng (để b/c);
- Lưu: VT, VĐCXDPL.
BỘ TRƯỞNG
Lê Văn Nam
"""


def test_a_dotted_blank_names_no_recipient_and_the_body_asked_politely_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Để hoàn thiện dự thảo trình Chính phủ, Bộ Tư pháp đề nghị Quý cơ quan góp ý kiến "
        "bằng văn bản về dự thảo Nghị định trước ngày 30 tháng 6 năm 2016."
    )
    record = parse_text(
        _LETTER.format(recipients="   ...............................", asked=asked),
        org,
        calendar,
    )
    assert record.recipients == []
    (action,) = record.actions
    assert action.lead_unit == "Quý cơ quan"
    assert str(action.deadline) == "2016-06-29"


def test_an_association_of_a_trade_asked_by_name_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Đề nghị Hội nghề Yến Việt Nam tổ chức hội thảo về dự thảo Nghị định một cách thiết "
        "thực, đúng đối tượng, bảo đảm sự tham gia rộng rãi của các doanh nghiệp khai thác "
        "yến và người nuôi yến trên cả nước./."
    )
    record = parse_text(
        _LETTER.format(recipients="Hội nghề Yến Việt Nam", asked=asked), org, calendar
    )
    assert [a.lead_unit for a in record.actions] == ["Hội nghề Yến Việt Nam"]
