"""Round 26: a partner named by the service it provides, in lower case ("Giao Sở X chủ trì,
phối hợp với đơn vị cung cấp dịch vụ công nghệ thông tin căn cứ ..."): it coordinates, named
as written. The parser found no partner."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    83,
    "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục",
    """\
Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.
Điều 2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với đơn vị cung cấp dịch vụ công nghệ
thông tin căn cứ quy trình nội bộ được phê duyệt tại Điều 1, xây dựng quy trình điện tử.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""",
)


def test_the_provider_coordinates(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.coordinating_units for a in actions] == [
        ["đơn vị cung cấp dịch vụ công nghệ thông tin"]
    ]
