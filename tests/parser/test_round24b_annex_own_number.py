"""Round 24b: the annex of a provincial decision repeats the decision's number in its own
heading, misprinted ("(Kèm theo Quyết định số: 88/QĐ-UBND ...)" under "Số: 880/QĐ-UBND",
"10325/QĐ-UBND" for "103/2025/QĐ-UBND"): the document's own number, no reference, as the
annex heading's correct number is. A decision the body cites in the same words without the
heading's bracket ("Phụ lục ban hành kèm theo Quyết định số 530/QĐ-UBND") stays one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Điều 1. Công bố danh mục thủ tục hành chính; bãi bỏ thủ tục số 3 tại Phụ lục ban hành
kèm theo Quyết định số 530/QĐ-UBND ngày 16 tháng 5 năm 2023.
Điều 2. Giao Sở Y tế niêm yết, công khai thủ tục hành chính theo quy định.
"""
_ANNEX = """
PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH
(Kèm theo Quyết định số: 88/QĐ-UBND ngày 10 tháng 12 năm 2025 của Chủ tịch UBND tỉnh)
"""


def test_the_annex_heading_names_the_decision_itself(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = decision(_BODY, org, calendar, annex=_ANNEX).references
    assert [r.number for r in refs] == ["530/QĐ-UBND"]
