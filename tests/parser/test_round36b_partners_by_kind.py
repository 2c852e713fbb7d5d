"""Round 36b: a partner after "phối hợp với" named by its kind as the one at the place the
clause speaks of, without "các": the power (or water) utility serving the area ("phối hợp với
đơn vị điện lực và các đơn vị liên quan") and the party committee of a level ("phối hợp với cấp
ủy cấp xã trong khu vực", its qualifier part of the name as written) are named and stay
(README: a body the letter identifies by its kind at the place it speaks of, as "Liên đoàn Lao
động cùng cấp"; the house keeps "đơn vị cung cấp dịch vụ ..." so); the plural "các đơn vị
điện lực" stays out. The parser dropped every such partner."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 6. Tổ chức thực hiện

1. Ủy ban nhân dân các xã, phường chủ trì, phối hợp với đơn vị điện lực và các đơn vị liên
quan kiểm tra an toàn điện tại các chợ trên địa bàn.

2. Sở Công Thương phối hợp với cấp ủy cấp xã trong khu vực chỉ đạo việc chuẩn bị mặt bằng chợ.

3. Sở Xây dựng phối hợp với các đơn vị điện lực kiểm tra hệ thống điện tại các chợ./.
"""


def _partners(org: OrgDirectory, calendar: WorkingCalendar) -> list[list[str]]:
    return [a.coordinating_units for a in parse_text(regulation(_CHAPTER), org, calendar).actions]


def test_partners_named_by_their_kind_at_the_place(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _partners(org, calendar) == [
        ["đơn vị điện lực"],
        ["cấp ủy cấp xã trong khu vực"],
        [],
    ]
