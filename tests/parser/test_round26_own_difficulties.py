"""Round 26: a numbered clause's task followed by a paragraph that tells the same body what to
do with its difficulties, naming no other body ("1. Giao Ủy ban nhân dân Thành phố tổ chức
triển khai ..." / "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời
tổng hợp, báo cáo Hội đồng nhân dân ..."): more of the same task, in its text. The parser
read it as the closing words to all and dropped it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import council_resolution

_RESOLUTION = council_resolution(
    86,
    """\
QUYẾT NGHỊ:
Điều 1. Quy định số lượng nhân viên thú y các xã, phường.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.
Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Hội
đồng nhân dân Thành phố để xem xét, giải quyết theo thẩm quyền.
2. Giao Thường trực Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết.
""",
)


def test_the_difficulties_paragraph_goes_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert actions[0].text == (
        "Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết. Trong quá trình"
        " tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Hội đồng"
        " nhân dân Thành phố để xem xét, giải quyết theo thẩm quyền"
    )
