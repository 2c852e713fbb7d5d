"""Two headers with no "<place>, ngày" line of their own: a scan whose OCR ran the number's
column and the place-and-date column onto one line ("Số: 07 /2026/QĐ-UBND Hà Giang, ngày
...") keeps both the place and the date; and an adjusted approval that prints no place and
date but dates its adjustment in its subtitle ("(điều chỉnh lần thứ 02: ngày ...)") is
dated by that adjustment, not by its first issue."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

OCR_LETTER = (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG Độc lập - Tự do - Hạnh phúc\n"
    "Số: 07 /2026/QĐ-UBND Hà Giang, ngày 14 tháng 02 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Ban hành Quy định về quản lý chợ trên địa bàn tỉnh\n"
    "\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\n"
    "Điều 2. Sở Công Thương chủ trì tổ chức thực hiện Quyết định này.\n"
)

ADJUSTED_LETTER = (
    "  ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "     Số: 118 /QĐ-BQLKCN\n"
    "\n"
    "   QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ\n"
    "                (cấp lần đầu: ngày 12 tháng 3 năm 2019)\n"
    "           (điều chỉnh lần thứ 02: ngày 05 tháng 6 năm 2026)\n"
    "\n"
    "        BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH PHÚ THỌ\n"
    "\n"
    "        Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;\n"
    "                              QUYẾT ĐỊNH:\n"
    "  Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án nhà máy gạch.\n"
    "  Điều 2. Nhà đầu tư phải thực hiện dự án theo quy định hiện hành.\n"
)


def test_an_ocr_line_joining_number_and_place_date_keeps_both(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(OCR_LETTER, org, calendar)
    assert record.place == "Hà Giang"
    assert record.issued_on == date(2026, 2, 14)
    assert record.number == "07/2026/QĐ-UBND"


def test_an_adjusted_approval_is_dated_by_its_latest_adjustment(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(ADJUSTED_LETTER, org, calendar)
    assert record.issued_on == date(2026, 6, 5)
    assert record.place is None
