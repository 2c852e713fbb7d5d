"""Round 36b: "c) Chủ trì phối hợp với Ban X và các tổ chức đoàn thể ...; Ủy ban nhân dân cấp xã
tuyên truyền, vận động ...": the ";" parts the partners of "Chủ trì phối hợp với", whose verb
follows the last of them (read as a clause of its own, "Chủ trì phối hợp với ..." would have no
verb; a verb in a name in quotes is the name's): one task of the heading's body, Ban X and the
body after the ";" its partners (README: each body the lead is to work with after "phối hợp",
not an unnamed plural with "các"). The parser cut the item at the ";" into two tasks. A ";"
after a clause with a verb of its own still parts two tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm thực hiện

1. Sở Công Thương

a) Hướng dẫn, kiểm tra việc thực hiện Quy chế này.

b) Chủ trì phối hợp với Ban Quản lý chợ Đồng Lạc và các tổ chức đoàn thể, các cơ quan thành
viên Ban Chỉ đạo phong trào “Toàn dân xây dựng chợ văn minh” tỉnh; Ủy ban nhân dân cấp xã
tuyên truyền, vận động tiểu thương thực hiện Quy chế này. Định kỳ báo cáo Ủy ban nhân dân tỉnh
về kết quả thực hiện.

c) Kiểm tra các chợ trên địa bàn; Ủy ban nhân dân cấp xã xử lý vi phạm theo thẩm quyền./.
"""


def test_one_task_with_its_partners(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    second = actions[1]
    assert second.lead_unit == "Sở Công Thương"
    assert second.text.startswith("Chủ trì phối hợp với Ban Quản lý chợ Đồng Lạc")
    assert second.text.endswith("Định kỳ báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện")
    assert second.coordinating_units == ["Ban Quản lý chợ Đồng Lạc", "Ủy ban nhân dân cấp xã"]


def test_a_clause_with_its_own_verb_parts_two_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert [a.lead_unit for a in actions[2:]] == ["Sở Công Thương", "Ủy ban nhân dân cấp xã"]
