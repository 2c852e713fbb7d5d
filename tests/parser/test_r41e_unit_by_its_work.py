"""Round r41e: "Thủ trưởng đơn vị thực hiện tiếp nhận, trả lời phản ánh, kiến nghị có trách
nhiệm ..." names the head of a unit known by the work it does: the head's title is dropped
(README, session 18's call) and the unit's whole description, commas between its verbs, is
the lead, as "Cơ quan đăng ký đầu tư có trách nhiệm" is (136/01 action 15, 140/02 action 4).
The parser stopped the name at its first verb ("đơn vị"). Bodies listed with commas ("Các tổ
chức, cá nhân có liên quan", "Sở X, các sở ...") stay read as before."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 5. Trách nhiệm thi hành

1. Thủ trưởng đơn vị thực hiện tiếp nhận, trả lời phản ánh, kiến nghị có trách nhiệm đề
xuất hình thức khen thưởng cho người dân, doanh nghiệp có phản ánh, kiến nghị.

2. Thủ trưởng đơn vị sử dụng hệ thống ứng dụng quản lý chợ có trách nhiệm phổ biến nội dung
Quy chế này đến người sử dụng thuộc phạm vi quản lý.

3. Các tổ chức, cá nhân có liên quan có trách nhiệm phối hợp thực hiện Quy chế này./.
"""


def test_the_unit_named_by_its_work_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "đơn vị thực hiện tiếp nhận, trả lời phản ánh, kiến nghị",
        "đơn vị sử dụng hệ thống ứng dụng quản lý chợ",
        "Các tổ chức, cá nhân có liên quan",
    ]
