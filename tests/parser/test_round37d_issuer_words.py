"""Round 37d: where a cited document's issuer ends after "của".

- "Sở Giao dịch Chứng khoán": "giao" of trading ("giao dịch") is the name's, no handing over;
- "của Ủy ban Chứng khoán Nhà nước ý kiến về ...": the name ends before the opinion it gave.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_round37b_issuer_ends import _LETTER

_CITED = _LETTER.replace(
    "Căn cứ quyết định số 2021",
    "Căn cứ Công văn số 3304/UBCK-PTTT ngày 23/4/2026 của Ủy ban Chứng khoán Nhà nước ý kiến "
    "về Quy chế thành viên;\nCăn cứ Nghị quyết số 29/NQ-HĐTV ngày 27/5/2026 của Hội đồng Thành "
    "viên Sở Giao dịch Chứng khoán Hà Nội về việc phê duyệt Quy chế;\nCăn cứ quyết định số 2021",
)


def test_the_issuer_ends_at_the_opinion_and_holds_a_trade(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    issuers = {r.number: r.issuer for r in parse_text(_CITED, org, calendar).references}
    assert issuers["3304/UBCK-PTTT"] == "Ủy ban Chứng khoán Nhà nước"
    assert issuers["29/NQ-HĐTV"] == "Hội đồng Thành viên Sở Giao dịch Chứng khoán Hà Nội"
