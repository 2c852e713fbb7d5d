"""Round 26: a heading that gives two bodies the lead jointly and names their partner, then
splits the work between them by items ("Giao Sở A, Sở B chủ trì, phối hợp với Văn phòng C
..., cụ thể:" / "- Sở A đối với ...;" / "- Sở B đối với ..."): each item is its body's task
with the heading's partner, not with the other lead. The parser gave the first item the other
lead as a partner and the second none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    84,
    "Về việc công bố Danh mục thủ tục hành chính lĩnh vực quản lý công sản",
    """\
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực quản lý công sản.
Điều 2. Giao Sở Tài chính, Sở Xây dựng chủ trì, phối hợp với Văn phòng UBND tỉnh, các cơ quan,
đơn vị liên quan xây dựng quy trình nội bộ giải quyết thủ tục hành chính, cụ thể:
- Sở Tài chính đối với thủ tục hành chính số 03 tại Danh mục kèm theo;
- Sở Xây dựng đối với thủ tục hành chính số 01, 02 tại Danh mục kèm theo.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""",
)


def test_each_joint_lead_with_the_partner(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Sở Tài chính", ["Văn phòng UBND tỉnh"]),
        ("Sở Xây dựng", ["Văn phòng UBND tỉnh"]),
    ]
