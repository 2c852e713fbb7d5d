"""Round 26: a cited report whose issuer is followed by what the report does, "giải trình"
(explains): "Báo cáo số 467/BC-UBND ngày 24/11/2025 của Ủy ban nhân dân Thành phố giải
trình, tiếp thu ...". The issuer ends before "giải trình"; the parser cut it before "trình"
alone and kept "giải" in the name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import council_resolution

_RESOLUTION = council_resolution(
    85,
    """\
Xét Tờ trình số 400/TTr-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố; Báo
cáo số 467/BC-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố giải trình, tiếp
thu hoàn thiện dự thảo Nghị quyết;
QUYẾT NGHỊ:
Điều 1. Quy định số lượng nhân viên thú y các xã, phường.
Điều 2. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.
""",
)


def test_the_issuer_ends_before_what_the_report_does(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_RESOLUTION, org, calendar).references
    issuers = {r.number: r.issuer for r in references}
    assert issuers["467/BC-UBND"] == "Ủy ban nhân dân Thành phố"
