"""Round rP: a particular body and, after "và các" or ", các", the localities, the sectors or
a field's establishments as the sentence's subject ("Sở Dân tộc và Tôn giáo và các địa phương
khẩn trương ...", "Sở Công Thương, các ngành, các cơ quan, địa phương có liên quan cần ...",
"Sở Y tế và các cơ sở khám bệnh, chữa bệnh rà soát ..."): the plurals are named jointly with the
lead, and a joint lead stays among the coordinating units, with "các" (README, the joint-lead
rule)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\nSố: 812/UBND-VX\n\nHà Nam, ngày 04 tháng 6 năm 2025\n\n"
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
    "Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n"
    "1. Sở Dân tộc và Tôn giáo và các địa phương khẩn trương có phương án tháo gỡ vướng mắc\n"
    "trong hỗ trợ nhà ở cho hộ nghèo.\n\n"
    "2. Sở Y tế và các cơ sở khám bệnh, chữa bệnh khẩn trương rà soát danh mục thuốc thiết yếu.\n\n"
    "3. Sở Công Thương, các ngành, các cơ quan, địa phương có liên quan cần khẩn trương rà soát\n"
    "nguồn cung xăng dầu trên địa bàn.\n"
) + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")


def test_localities_and_establishments_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first, second, third = parse_text(_PAGE, org, calendar).actions
    assert (first.lead_unit, first.coordinating_units) == (
        "Sở Dân tộc và Tôn giáo",
        ["các địa phương"],
    )
    assert (second.lead_unit, second.coordinating_units) == (
        "Sở Y tế",
        ["các cơ sở khám bệnh, chữa bệnh"],
    )
    assert (third.lead_unit, third.coordinating_units) == (
        "Sở Công Thương",
        ["các ngành", "các cơ quan, địa phương có liên quan"],
    )
