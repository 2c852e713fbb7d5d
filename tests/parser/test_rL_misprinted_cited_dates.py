"""Round rL: a cited document's date misprinted ("ngày, 14 tháng 5 năm 2013", "ngày 08 tháng 6
ngăm 2010", "ngày 18/12 năm 2013", "ngày 31/12/2024 2024") is still its date, and the issuer
named after it ("của Chính phủ") is still its issuer."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 77/QĐ-UBND
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính
Hà Nam, ngày 09 tháng 4 năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Nghị định số 41/2013/NĐ-CP ngày, 14 tháng 5 năm 2013 của Chính phủ về kiểm soát thủ tục \
hành chính;
Căn cứ Nghị định số 52/2010/NĐ-CP ngày 08 tháng 6 ngăm 2010 của Chính phủ về công chứng;
Căn cứ Nghị định số 205/2013/NĐ-CP ngày 18/12 năm 2013 của Chính phủ quy định chi tiết Luật \
Thuế giá trị gia tăng;
Căn cứ Nghị định số 170/2024/NĐ-CP ngày 31/12/2024 2024 của Chính phủ về chính sách tinh giản \
biên chế;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực tư pháp.
Điều 2. Sở Tư pháp chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh cập nhật danh mục.
"""


def test_a_misprinted_date_is_read_and_the_issuer_after_it_too(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("CHỦ TỊCH"), org, calendar)
    read = {r.number: (r.issuer, r.issued_on) for r in record.references}
    assert read["41/2013/NĐ-CP"] == ("Chính phủ", date(2013, 5, 14))
    assert read["52/2010/NĐ-CP"] == ("Chính phủ", date(2010, 6, 8))
    assert read["205/2013/NĐ-CP"] == ("Chính phủ", date(2013, 12, 18))
    assert read["170/2024/NĐ-CP"] == ("Chính phủ", date(2024, 12, 31))
