"""Round 52f (batch 203): "Chánh Thanh tra Sở Xây dựng" is the inspectorate's head, as
"Chánh Văn phòng UBND tỉnh" is the office's: the title is dropped and the body is the lead
("Thanh tra Sở Xây dựng"), the heads named after it its partners (README: a title before a
joint lead is dropped as for the lead)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.qualified_plurals import qualified_plural
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 2858/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 6 năm 2025
QUYẾT ĐỊNH
Về việc phê duyệt điều chỉnh cục bộ quy hoạch chi tiết
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Căn cứ Luật Quy hoạch đô thị;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt điều chỉnh cục bộ quy hoạch chi tiết khu vực Bắc Cổ Nhuế.
Điều 2. Chánh Thanh tra Sở Xây dựng; Chủ tịch UBND quận Bắc Từ Liêm chịu trách nhiệm kiểm tra,
xử lý công trình xây dựng sai quy hoạch theo thẩm quyền.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""


def test_the_chief_inspectors_body_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(
        _LETTER + signed("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar
    )
    assert [(a.lead_unit, a.coordinating_units) for a in got.actions] == [
        ("Thanh tra Sở Xây dựng", ["UBND quận Bắc Từ Liêm"])
    ]


def test_owners_and_what_they_own_are_the_subject() -> None:
    # (batch 203/01) "Các chủ công trình hồ chứa ..." up to the verb, whatever the words owned
    got = qualified_plural("Các chủ công trình hồ chứa nước thủy lợi, thủy điện tổ chức trực ban")
    assert got == (["Các chủ công trình hồ chứa nước thủy lợi, thủy điện"], True, "tổ chức")
    assert qualified_plural("Các chủ hộ gia đình được hỗ trợ") is None
