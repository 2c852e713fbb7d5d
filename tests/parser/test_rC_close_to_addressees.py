"""Round rC (batch 203): a letter's last paragraph that names no body and opens with a verb of
work ("Bố trí lực lượng thường trực ... ./."), after the items an intro asked of bodies, is a
request made of the letter's "Kính gửi" addressees: the first (its head's title dropped) leads,
the others coordinate (README: a subjectless request goes to the addressees as written)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_NOTICE = """BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI
TỈNH QUẢNG BÌNH
Số: 77/TB-PCTT
Quảng Bình, ngày 14 tháng 10 năm 2024

THÔNG BÁO
Ứng phó với đợt rét đậm, rét hại

Kính gửi:
- Giám đốc các sở, ngành cấp tỉnh;
- UBND các huyện, thị xã, thành phố;
- Các trạm bơm tiêu úng trong tỉnh.

Để ứng phó với đợt rét, Văn phòng đề nghị Ban Chỉ huy phòng chống thiên tai các huyện,
thị xã, thành phố triển khai các nội dung sau:
1. Theo dõi chặt chẽ diễn biến của đợt rét để kịp thời thông báo cho người dân.
2. Các hợp tác xã chăn nuôi che chắn chuồng trại, dự trữ thức ăn cho gia súc.
{close}
Nơi nhận:
- Như trên;
- Lưu: VT.
CHÁNH VĂN PHÒNG

Lê Văn Nam
"""
_CLOSE = "Bố trí lực lượng thường trực sẵn sàng ứng phó với mọi tình huống có thể xảy ra./."


def test_a_last_subjectless_paragraph_goes_to_the_addressees(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_NOTICE.format(close=_CLOSE), org, calendar).actions
    last = actions[-1]
    assert last.text.startswith("Bố trí lực lượng thường trực")
    assert last.lead_unit == "các sở, ngành cấp tỉnh"
    assert last.coordinating_units == [
        "UBND các huyện, thị xã, thành phố",
        "Các trạm bơm tiêu úng trong tỉnh",
    ]


def test_a_closing_request_that_names_bodies_is_no_such_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    close = "Yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện./."
    actions = parse_text(_NOTICE.format(close=close), org, calendar).actions
    assert not any(a.text.startswith("Yêu cầu các sở") for a in actions)
