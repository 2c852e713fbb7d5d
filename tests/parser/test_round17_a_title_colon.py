"""Round 17a: "Giao Giám đốc: Sở A, Sở B, Đài C phối hợp với ... ": the heads of the bodies
listed after a title's colon are asked; the first body leads, the others and the partners
coordinate, and the task's text keeps the colon as written."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
-------

Số: 318/UBND-VX
V/v hưởng ứng Ngày Sách Việt Nam năm 2015

Sóc Trăng, ngày 02 tháng 4 năm 2015

Kính gửi:
- Giám đốc Sở Giáo dục và Đào tạo;
- Giám đốc Sở Thông tin và Truyền thông;
- Chủ tịch UBND huyện, thị xã, thành phố.

Ủy ban nhân dân tỉnh nhận được Công văn số 77/BVHTTDL-TV ngày 20 tháng 3 năm 2015 của Bộ
Văn hóa, Thể thao và Du lịch, Chủ tịch UBND tỉnh có ý kiến như sau:

{asked}

Nơi nhận:
- Như trên;
- TT. HĐND, UBND tỉnh;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thành Trí
"""


def test_a_title_before_a_colon_asks_the_heads_of_the_bodies_listed_after_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Giao Giám đốc: Sở Giáo dục và Đào tạo, Sở Thông tin và Truyền thông phối hợp với "
        "UBND huyện, thị xã, thành phố tổ chức các hoạt động hưởng ứng Ngày Sách Việt Nam trên "
        "địa bàn tỉnh theo hướng dẫn tại Công văn nêu trên."
    )
    (action,) = parse_text(_LETTER.format(asked=asked), org, calendar).actions
    assert action.text.startswith("Giao Giám đốc: Sở Giáo dục và Đào tạo, Sở Thông tin")
    assert action.lead_unit == "Sở Giáo dục và Đào tạo"
    assert action.coordinating_units == [
        "Sở Thông tin và Truyền thông",
        "UBND huyện, thị xã, thành phố",
    ]
