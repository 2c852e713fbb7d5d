"""Round 37g: an item under a heading for a group of bodies ("2. Trách nhiệm của các Sở, ngành,
địa phương") whose subject names the same group again, written more fully ("- Các Sở, ban,
ngành, địa phương có liên quan căn cứ ... hướng dẫn ..."), is the heading's group's task, the
lead as the heading writes it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 55/QĐ-UBND

Hà Giang, ngày 02 tháng 6 năm 2026

QUYẾT ĐỊNH
Chấp thuận chủ trương đầu tư dự án khu du lịch sinh thái Bắc Mê

ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Căn cứ Luật Đầu tư số 61/2020/QH14;

QUYẾT ĐỊNH:

Điều 1. Chấp thuận chủ trương đầu tư dự án khu du lịch sinh thái Bắc Mê.
Điều 2. Tổ chức thực hiện
1. Trách nhiệm của nhà đầu tư
- Thực hiện dự án theo đúng tiến độ đã được chấp thuận.
2. Trách nhiệm của các Sở, ngành, địa phương
- Các Sở, ban, ngành, địa phương có liên quan căn cứ vào chức năng nhiệm vụ của mình hướng \
dẫn nhà đầu tư thực hiện dự án đúng quy định.
- Sở Tài chính có trách nhiệm giám sát thực hiện dự án.
Điều 3. Quyết định này có hiệu lực từ ngày ký.
"""


def test_item_naming_the_headings_group_again_is_the_groups_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions][1:] == [
        "các Sở, ngành, địa phương",
        "Sở Tài chính",
    ]
