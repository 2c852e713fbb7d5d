"""Round 27: a city office's letter. Its header's "VĂN PHÒNG UBND THÀNH PHỐ" is the office's
name in capitals: written in sentence case, the "UBND" inside it kept as written ("Văn phòng
UBND thành phố"; only a name that opens with "UBND" is the people's committee, written out).
And the state treasury named in lower case ("Kho bạc nhà nước thành phố") is one body to work
with, not "Kho". The parser wrote "Ủy ban nhân dân" into the office's name and cut the
treasury's at its second word."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
VĂN PHÒNG UBND THÀNH PHỐ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 2210/VP-KT
V/v xử lý nợ đọng xây dựng cơ bản

Cần Thơ, ngày 10 tháng 9 năm 2013

Kính gửi:
- Sở Kế hoạch và Đầu tư;
- Sở Tài chính;
- Kho bạc nhà nước thành phố.

Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân thành phố, Văn phòng Ủy ban nhân dân thành phố
thông báo như sau:

Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp Sở Tài chính, Kho bạc nhà nước thành phố và các cơ
quan liên quan rà soát các khoản nợ đọng xây dựng cơ bản; báo cáo kết quả cho Ủy ban nhân dân
thành phố.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Văn D
"""


def test_the_office_name_keeps_its_abbreviation(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert (record.parent_issuer, record.issuer) == (
        "Ủy ban nhân dân thành phố Cần Thơ",
        "Văn phòng UBND thành phố",
    )


def test_the_treasury_named_in_lower_case(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Sở Kế hoạch và Đầu tư", ["Sở Tài chính", "Kho bạc nhà nước thành phố"])
    ]
