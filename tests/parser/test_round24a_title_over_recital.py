"""Round 24a: a decision's title in capitals ends on the issuing body ("... THUỘC PHẠM VI QUẢN
LÝ CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG") right above its first recital ("Căn cứ Luật Tổ
chức chính quyền địa phương số 72/2025/QH15 ..."): the title's "của" names no issuer of the
law the recital cites. The parser took the title's words and the recital's as its issuer."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
Số: 61/2026/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Phòng, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH THANH LÝ TÀI SẢN THUỘC PHẠM VI QUẢN LÝ CỦA ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Căn cứ Luật Tổ chức
chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:
Điều 1. Phân cấp cho Ủy ban nhân dân cấp xã quyết định thanh lý tài sản.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026./.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn G
"""


def test_the_titles_body_is_no_issuer_of_the_recitals_law(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_DECISION, org, calendar).references
    assert [(r.number, r.issuer) for r in references] == [("72/2025/QH15", None)]
