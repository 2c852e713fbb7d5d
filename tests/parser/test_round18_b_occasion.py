"""Round 18b: a province's short letter for an occasion: its intro names the occasion's days
("Nhân dịp ... diễn ra từ ngày 10 đến ngày 12 tháng 9 ..., Ủy ban ... yêu cầu:"), which set no
deadline; the bodies asked are "Ủy ban nhân dân các huyện, thị, thành phố" ("thị" for the
towns in a list); and its last words only ask to carry it out ("... yêu cầu UBND huyện, thị,
thành phố khẩn trương tổ chức thực hiện.")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 301/UBND-VX
V/v trang trí đường phố chào mừng Hội chợ

Cao Lãnh, ngày 2 tháng 9 năm 2008

Kính gửi: UBND huyện, thị, thành phố.

Nhân dịp Hội chợ Thương mại diễn ra tại Đồng Tháp từ ngày 10 đến ngày 12 tháng 9 năm 2008,
Ủy ban nhân dân tỉnh Đồng Tháp yêu cầu:

Ủy ban nhân dân các huyện, thị, thành phố chỉ đạo các xã, phường trang trí đường phố.

Ủy ban nhân dân tỉnh Đồng Tháp yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện.

Nơi nhận:
- Như trên;
- Lưu VP.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Văn Hòa
"""


def test_the_towns_in_a_list_name_one_body_and_the_last_request_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Ủy ban nhân dân các huyện, thị, thành phố"]


def test_the_occasions_days_before_the_request_set_no_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert (action.deadline, action.deadline_text) == (None, None)


def test_a_last_request_made_with_de_nghi_is_no_task_either(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.replace(
        "Ủy ban nhân dân tỉnh Đồng Tháp yêu cầu UBND huyện, thị, thành phố khẩn trương",
        "Sở Văn hóa - Cơ quan thường trực đề nghị UBND huyện, thị, thành phố chỉ đạo và"
        " khẩn trương",
    )
    record = parse_text(letter, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Ủy ban nhân dân các huyện, thị, thành phố"]
