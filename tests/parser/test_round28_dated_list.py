"""Round 28: the date and the body written before a list of documents belong to each of
them ("Ngày 10/3/2015, Bộ Tài chính đã ban hành 02 Thông tư: số A về ... và số B về ..."),
a count before the kind and a colon after it included. The parser gave neither to either."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import finance_report_letter

_BODY = """
Ngày 10/3/2015, Bộ Tài chính đã ban hành {kinds} số 21/2015/TT-BTC về việc ban hành hệ thống
chỉ tiêu thống kê và số 22/2015/TT-BTC về việc quy định chế độ báo cáo thống kê.

Đề nghị Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo về Bộ trước ngày
30/6/2015.
"""


def _letter(kinds: str) -> str:
    return finance_report_letter(_BODY.format(kinds=kinds), "812/BTC-KHTC")


def test_the_date_and_body_before_a_list(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    for kinds in ("02 Thông tư:", "hai Thông tư", "các Thông tư"):
        refs = parse_text(_letter(kinds), org, calendar).references
        assert [(r.number, r.type, r.issuer, r.issued_on) for r in refs] == [
            ("21/2015/TT-BTC", "thông tư", "Bộ Tài chính", date(2015, 3, 10)),
            ("22/2015/TT-BTC", "thông tư", "Bộ Tài chính", date(2015, 3, 10)),
        ], kinds
