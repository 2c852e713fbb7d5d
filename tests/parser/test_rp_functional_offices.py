"""Round rP: "Chánh Văn phòng Ban chỉ đạo X phối hợp với cơ quan chức năng của Sở Y ...": the
steering committee's name holds "chỉ đạo", no order to units it directs, so its office itself
works with the partner; and the partner named by "cơ quan chức năng của" a body is that body,
which stands for its own offices (as a head's title before a partner is dropped)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.rp_pages import committee_letter

_ITEM = (
    "1. Chánh Văn phòng Ban chỉ đạo phòng, chống thiên tai tỉnh phối hợp với cơ quan chức năng\n"
    "của Sở Xây dựng theo dõi sát tình hình sạt lở trên các tuyến quốc lộ.\n"
)


def test_partner_behind_its_offices(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    (first,) = parse_text(committee_letter(_ITEM), org, calendar).actions
    assert first.coordinating_units == ["Sở Xây dựng"]
