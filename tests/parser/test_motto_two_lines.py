"""The state's name broken over two lines of the motto ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT
NAM", each line in bold as a web page sets it) is the motto's, no part of the issuing body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = (
    "**BỘ XÂY DỰNG**\n"
    "-------\n"
    "**CỘNG HÒA XÃ HỘI**\n"
    "  **CHỦ NGHĨA VIỆT NAM**\n"
    "**Độc lập - Tự do - Hạnh phúc**\n"
    "---------------\n"
    "Số: 2210/BXD-KHTC\n"
    "V/v rà soát kế hoạch vốn năm 2026\n"
    "Hà Nội, ngày 12 tháng 3 năm 2026\n\n"
    "Kính gửi: Các Sở Xây dựng.\n\n"
    "Bộ Xây dựng đề nghị các Sở Xây dựng rà soát kế hoạch vốn năm 2026, báo cáo trước "
    "ngày 30/3/2026.\n\n"
    "**KT. BỘ TRƯỞNG**\n**THỨ TRƯỞNG**\n\n**Lê Văn Nam**\n"
)


def test_the_motto_broken_over_two_bold_lines_is_no_part_of_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).issuer == "Bộ Xây dựng"
    plain = _LETTER.replace("**", "")
    assert parse_text(plain, org, calendar).issuer == "Bộ Xây dựng"
