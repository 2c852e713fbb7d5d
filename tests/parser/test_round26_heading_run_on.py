"""Round 26: an item whose heading ("1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh
(Trung tâm Phục vụ hành chính công tỉnh)") runs into its work on the next line with no colon
("Rà soát, xây dựng quy trình ..."): the task's text starts at the capitalised verb, its lead
and partner from the heading. The parser kept the heading in the text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    87,
    "Về việc công bố Danh mục thủ tục hành chính lĩnh vực đấu thầu",
    """\
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực đấu thầu.
Điều 2. Giao các cơ quan, đơn vị:
1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)
Rà soát, xây dựng quy trình nội bộ giải quyết thủ tục hành chính theo quy định.
2. Sở Xây dựng niêm yết công khai thủ tục hành chính tại đơn vị.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""",
)


def test_the_heading_is_not_the_text(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first = parse_text(_DECISION, org, calendar).actions[0]
    assert (first.text, first.lead_unit) == (
        "Rà soát, xây dựng quy trình nội bộ giải quyết thủ tục hành chính theo quy định",
        "Sở Tài chính",
    )
