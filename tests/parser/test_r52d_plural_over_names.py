"""Round 52d (batch 202): "Các đơn vị A, B, C có vai trò ..." over "Nhiệm vụ cụ thể:" and items.

A plural word before the bodies it lists ("Các đơn vị Phòng A, Viện B, Phòng C ...") only says
what they are: the first listed leads, the others work with it. "Nhiệm vụ cụ thể:" alone
between the item and its points announces them: the item is their heading, its bodies their
doers, and it is no task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import DHKT_RULES
from tests.parser.signed import signed

_LETTER = (
    DHKT_RULES
    + """\
1. Các đơn vị Phòng Đào tạo, Viện Kinh tế học, Phòng Khoa học có vai trò quan trọng trong việc
bảo đảm đạo đức nghiên cứu của người học.
Nhiệm vụ cụ thể:
a) Tham mưu các công cụ phát hiện vi phạm đạo đức nghiên cứu;
b) Tổ chức tập huấn cho người học về đạo đức nghiên cứu.
2. Trách nhiệm của Phòng Tổ chức cán bộ
a) Theo dõi việc thực hiện Quy định.
"""
)


def test_the_bodies_a_plural_lists_do_the_items_announced(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTER.format(signed=signed("HIỆU TRƯỞNG")), org, calendar)
    partners = ["Viện Kinh tế học", "Phòng Khoa học"]
    assert [(a.text[:20], a.lead_unit, a.coordinating_units) for a in got.actions] == [
        ("Tham mưu các công cụ", "Phòng Đào tạo", partners),
        ("Tổ chức tập huấn cho", "Phòng Đào tạo", partners),
        ("Theo dõi việc thực h", "Phòng Tổ chức cán bộ", []),
    ]
