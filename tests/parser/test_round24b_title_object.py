"""Round 24b: a decision amending an earlier one names it in its title, in capitals, wrapped
where the page broke the line: "... NĂM 2025 CỦA" / "CHỦ TỊCH UBND TỈNH VỀ VIỆC ...". A line
that opens with an issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...") ends the title
only when the title's last line does not break off before its object ("CỦA", "VÀ", ","); the
parser cut the subject at "CỦA"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_TITLE = """SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 3470/QĐ-UBND NGÀY 10 THÁNG 11 NĂM 2025 CỦA
CHỦ TỊCH UBND TỈNH VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"""
_BODY = """Điều 1. Sửa đổi danh mục thủ tục hành chính.
Điều 2. Giao Sở Y tế niêm yết, công khai thủ tục hành chính theo quy định.
"""


def test_a_title_broken_after_cua_goes_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    parsed = decision(_BODY, org, calendar, title=_TITLE)
    assert parsed.subject == (
        "SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 3470/QĐ-UBND NGÀY 10 THÁNG 11 NĂM 2025 CỦA CHỦ TỊCH UBND"
        " TỈNH VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH"
    )
