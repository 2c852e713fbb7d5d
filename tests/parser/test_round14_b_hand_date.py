"""Round 14 (b): a decision whose date a hand wrote over the printed line ("ngày15 tháng 64
năm 2026": no space, no real month) keeps its place and takes its date from the annex that
restates the decision ("Kèm theo Quyết định số 1720 /QĐ-UBND ngày 18 / 6 /2026"), never
from a date the body's text wraps onto a line of its own; and a cited number a table's
column cut at a hyphen is the whole number the letter cites elsewhere."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import clean_text

LETTER = (
    "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "    TỈNH YÊN BÁI                           Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "  Số: 1720 /QĐ-UBND                 Yên Bái, ngày18 tháng 64 năm 2026\n"
    "\n"
    "                                QUYẾT ĐỊNH\n"
    "             Về việc ủy quyền cho Giám đốc Sở Xây dựng cấp giấy phép\n"
    "\n"
    "                   ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n"
    "\n"
    "      Căn cứ Nghị định số 77/2025/NĐ-CP ngày 02/4/2025 của Chính phủ quy định về\n"
    "cấp giấy phép xây dựng;\n"
    "    Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 940/TTr-SXD\n"
    "ngày 09/5/2026.\n"
    "                            QUYẾT ĐỊNH:\n"
    "       Điều 1. Ủy quyền cho Giám đốc Sở Xây dựng cấp giấy phép xây dựng.\n"
    "       Điều 2. Giám đốc Sở Xây dựng tổ chức thực hiện việc cấp giấy phép theo quy định.\n"
    "Nơi nhận:                                           TM. ỦY BAN NHÂN DÂN\n"
    "- Như Điều 2;                                              CHỦ TỊCH\n"
    "- Lưu: VT.\n"
    "\n"
    "                                                       Hoàng Văn Minh\n"
    "                                                     PHỤ LỤC:\n"
    "              DANH MỤC NHIỆM VỤ ỦY QUYỀN CHO GIÁM ĐỐC SỞ XÂY DỰNG\n"
    "    (Kèm theo Quyết định số 1720 /QĐ-UBND ngày 18 / 6 /2026 của UBND tỉnh Yên Bái)\n"
    "\n"
    " 1    Cấp giấy phép xây dựng          Điều 12 Nghị định số 77/2025/NĐ-\n"
    "      theo quy định                   CP của Chính phủ\n"
)


def test_a_hand_written_date_keeps_the_place_and_takes_the_annexs_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert record.place == "Yên Bái"
    assert record.issued_on == date(2026, 6, 18)
    assert not any("ngày ban hành" in w for w in record.warnings)


def test_a_day_glued_to_ngay_is_no_footnote() -> None:
    assert "ngày18 tháng 64 năm 2026" in "\n".join(clean_text(LETTER))


def test_a_number_cut_at_its_hyphen_is_the_whole_number_cited_elsewhere(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    numbers = [r.number for r in parse_text(LETTER, org, calendar).references]
    assert numbers == ["77/2025/NĐ-CP", "940/TTr-SXD"]
