"""Round 41d: a page that ran its title in capitals into the first sentence ("CHỈ THỊ VỀ CÔNG
TÁC ĐO ĐẠC RUỘNG ĐẤT Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP
..."): the date opening that sentence is the day its subject issued the document, as it is
after a full stop."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC RUỘNG ĐẤT Ngày 24 \
tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra ruộng đất.
Thủ tướng Chính phủ chỉ thị:
1. Tổng cục quản lý ruộng đất có trách nhiệm xây dựng phương án đo đạc ruộng đất.
"""


def test_the_date_after_a_title_in_capitals_dates_the_document_the_sentence_cites(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG"), org, calendar)
    cited = {r.number: r.issued_on for r in record.references}
    assert str(cited["169-CP"]) == "1977-06-24"
