"""Round 52i (batch 207/02): a decision as the provincial gazette (Công báo) prints it, under
its part's heading ("PHẦN VĂN BẢN KHÁC") and the authority's heading ("CHỦ TỊCH ỦY BAN NHÂN
DÂN TỈNH"): neither is the letterhead, which names the body whole; the first words of the
issuer's own name above it are no parent body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """PHẦN VĂN BẢN KHÁC

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

ỦY BAN NHÂN DÂN
TỈNH BÀ RỊA - VŨNG TÀU
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 353/QĐ-UBND Bà Rịa - Vũng Tàu, ngày 17 tháng 02 năm 2025

QUYẾT ĐỊNH
Về việc công bố Danh mục thủ tục hành chính trong lĩnh vực hộ tịch
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.
Điều 2. Giao Sở Tư pháp chủ trì xây dựng quy trình nội bộ giải quyết thủ tục hành chính.
"""


def test_the_gazettes_headings_are_no_parent(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_LETTER + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert (got.parent_issuer, got.issuer) == (None, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")
