"""Round 36b: "Thành viên Hội đồng X tỉnh, Giám đốc Sở A, Thủ trưởng các cơ quan ... có trách
nhiệm tổ chức thực hiện ...": the members of a body, named first of a regulation's follow-up
clause, lead as written (the house keeps "các thành viên của Ban Chỉ đạo" as a lead), the
bodies named with them joint leads in `coordinating_units`, titles dropped (README); the
parser read no body there and dropped the task. The difficulties sentence after it stays out."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 9. Tổ chức thực hiện

Thành viên Ban Chỉ đạo Chuyển đổi số tỉnh, Giám đốc Sở Công Thương, Thủ trưởng các cơ
quan, đơn vị liên quan có trách nhiệm tổ chức thực hiện các nội dung tại Quy chế này. Trong
quá trình thực hiện nếu có vướng mắc các cơ quan, đơn vị phản ánh về Sở Công Thương để tổng
hợp báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.
"""


def test_the_members_of_a_body_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Thành viên Ban Chỉ đạo Chuyển đổi số tỉnh"
    assert actions[0].coordinating_units == ["Sở Công Thương", "các cơ quan, đơn vị liên quan"]
    assert actions[0].text.endswith("tổ chức thực hiện các nội dung tại Quy chế này")


def test_all_the_members_lead_too(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = regulation(_CHAPTER.replace("Thành viên Ban", "Các thành viên Ban"))
    actions = parse_text(text, org, calendar).actions
    assert actions[0].lead_unit == "Các thành viên Ban Chỉ đạo Chuyển đổi số tỉnh"
