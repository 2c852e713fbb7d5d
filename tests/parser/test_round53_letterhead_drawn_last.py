"""Round 53 (batch 228): a PDF that draws its letterhead (issuing body, number, motto, place and
date) after the first page's body opens, read in drawing order, with the document's title and
grounds; the letterhead goes back on top, so the title's subject and the grounds' documents
are the letter's own, not page text above the letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.pdf_letterhead import letterhead_home

_PAGE = """1

KẾ HOẠCH
Phòng, chống dịch bệnh trên cây trồng năm 2026

Căn cứ Nghị quyết số 12-NQ/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy
về phát triển nông nghiệp;
Căn cứ Quyết định số 410/QĐ-UBND ngày 15/01/2026 của UBND tỉnh về giao chỉ tiêu;
Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 05/TTr-PKT ngày
10/02/2026; UBND huyện Đông Sơn ban hành Kế hoạch như sau:
I. MỤC TIÊU
Giảm diện tích cây trồng nhiễm bệnh.

ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG SƠN

Số: 315/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đông Sơn, ngày 20 tháng 02 năm 2026 """
_REST = """
II. NHIỆM VỤ
1. Phòng Kinh tế chủ trì theo dõi, kiểm tra tình hình dịch bệnh trên địa bàn.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn An
"""


def test_the_letterhead_drawn_last_goes_back_on_top() -> None:
    lines = letterhead_home(_PAGE).split("\n")
    assert lines[2] == "ỦY BAN NHÂN DÂN"
    assert lines[lines.index("KẾ HOẠCH") - 1].startswith("Đông Sơn, ngày 20")


def test_a_letterhead_in_place_is_left_alone() -> None:
    placed = letterhead_home(_PAGE)
    assert letterhead_home(placed) == placed
    undated = _PAGE.replace("Đông Sơn, ngày 20 tháng 02 năm 2026 ", "")
    assert letterhead_home(undated) == undated


def test_title_and_grounds_are_the_letters_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(letterhead_home(_PAGE) + _REST, org, calendar)
    assert parsed.number == "315/KH-UBND"
    assert parsed.subject == "Phòng, chống dịch bệnh trên cây trồng năm 2026"
    assert [r.number for r in parsed.references] == ["12-NQ/TU", "410/QĐ-UBND", "05/TTr-PKT"]
