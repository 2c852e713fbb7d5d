"""Round r41e: a follow-up clause that opens with the bodies it concerns, then what they are to
go by and do ("2. Đối với các Tổng cục thuộc Bộ, căn cứ Quy chế này và tình hình thực tiễn tại
đơn vị, ban hành quy chế ..."), is those bodies' task, as "Đối với các chủ đầu tư cần ..." is
(136/01 action 17). The parser read no subject, the case phrase taken for the clause's frame."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 8. Trách nhiệm thi hành

1. Giám đốc Sở Công Thương chịu trách nhiệm hướng dẫn, kiểm tra việc thi hành Quy chế này.

2. Đối với Ủy ban nhân dân các huyện, căn cứ Quy chế này và tình hình thực tiễn tại địa
phương, ban hành quy chế quản lý chợ trên địa bàn (nếu có)./.
"""


def test_the_bodies_the_clause_concerns_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Công Thương", "Ủy ban nhân dân các huyện"]
    assert actions[1].text.startswith("Đối với Ủy ban nhân dân các huyện, căn cứ Quy chế này")
