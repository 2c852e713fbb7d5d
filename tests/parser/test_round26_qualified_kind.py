"""Round 26: an item whose subject is a kind of bodies narrowed by what they do and whose
they are ("Các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản
lý của UBND tỉnh niêm yết ..."): the whole phrase is the body that leads. The parser took
"có" for the sentence's verb and found no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_LEAD = (
    "Các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của"
    " UBND tỉnh"
)
_DECISION = chairman_decision(
    80,
    "Về việc công bố Danh mục thủ tục hành chính lĩnh vực đào tạo",
    """\
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực đào tạo.
Điều 2. Giao các cơ quan, đơn vị:
1. Sở Tài chính chủ trì rà soát, xây dựng quy trình nội bộ giải quyết thủ tục hành chính.
2. {lead} niêm yết công khai thủ tục hành chính tại đơn vị.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""",
)


def test_the_qualified_kind_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION.format(lead=_LEAD), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Tài chính", _LEAD]
