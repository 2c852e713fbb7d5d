"""Round 26: a provincial centre the known bodies name without its level ("Trung tâm Phục vụ
hành chính công") written with it ("... phối hợp Trung tâm Phục vụ hành chính công tỉnh và
...") is named as written, level and all. The parser cut the partner before "tỉnh"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    82,
    "Về việc công bố Danh mục thủ tục hành chính lĩnh vực báo chí",
    """\
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực báo chí.
Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Trung tâm Phục vụ hành chính
công tỉnh và các
cơ quan, đơn vị liên quan tổ chức thực hiện công khai Danh mục thủ tục hành chính.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""",
)


def test_the_centre_with_its_level(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.coordinating_units for a in actions] == [["Trung tâm Phục vụ hành chính công tỉnh"]]
