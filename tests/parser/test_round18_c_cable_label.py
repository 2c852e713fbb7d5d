"""Round 18c: a công điện whose recipients follow "ĐIỆN" alone on its line under the sender's
title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..." / "ĐIỆN" / "- Giám đốc Sở ...;"): they are its
recipients, not tasks of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_CABLE = """CÔNG ĐIỆN

Số: 07/CĐ-UBND hồi 16 giờ 30 ngày 12/8/2021

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

ĐIỆN

- Giám đốc Sở Y tế;
- Chủ tịch UBND các huyện, thành phố, thị xã.

Để kịp thời phòng, chống dịch bệnh, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế khẩn trương
tổ chức xét nghiệm cho người dân tại các khu vực có nguy cơ cao.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Nguyễn Đức Trung
"""


def test_the_bodies_under_a_line_that_says_only_dien_are_recipients(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_CABLE, org, calendar)
    assert record.recipients == ["Giám đốc Sở Y tế", "Chủ tịch UBND các huyện, thành phố, thị xã"]
    (action,) = record.actions
    assert action.text.startswith("Để kịp thời phòng, chống dịch bệnh")
