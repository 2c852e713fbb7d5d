"""Round 30b: a provincial unit of a state utility named by its trade and its place
("Viễn thông Ninh Bình", VNPT's unit in the province; "Điện lực Hà Nam", "Bưu điện tỉnh
Nam Định") is a body, among the bodies a clause names jointly or after "phối hợp"; the
parser knew the trade word as no head of a name and dropped it. The same words in lower
case are a kind of business ("các doanh nghiệp viễn thông"), no body."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/QĐ-UBND

Ninh Bình, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt quy trình nội bộ

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH

Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.
Điều 2. {task}.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.mark.parametrize("unit", ["Viễn thông Ninh Bình", "Điện lực Ninh Bình"])
def test_a_utility_unit_jointly(unit: str, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    task = (
        f"Sở Văn hoá và Thể thao, Sở Khoa học và Công nghệ; {unit}; Chủ tịch UBND các xã,"
        " phường thực hiện trách nhiệm theo Điều 2 Quyết định số 412/QĐ-UBND ngày 15/8/2025"
    )
    actions = parse_text(_LETTER.format(task=task), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Sở Văn hoá và Thể thao", ["Sở Khoa học và Công nghệ", unit, "UBND các xã, phường"])
    ]


def test_a_utility_unit_after_partnering(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    task = (
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Viễn thông Ninh Bình bảo đảm"
        " đường truyền cho Hệ thống thông tin giải quyết thủ tục hành chính"
    )
    actions = parse_text(_LETTER.format(task=task), org, calendar).actions
    assert [a.coordinating_units for a in actions] == [["Viễn thông Ninh Bình"]]


def test_the_trade_in_lower_case(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    task = (
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông"
        " bảo đảm đường truyền cho Hệ thống thông tin giải quyết thủ tục hành chính"
    )
    actions = parse_text(_LETTER.format(task=task), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Sở Khoa học và Công nghệ", [])
    ]
