"""Round 42d: an ebook's letter whose text is whole (no text runs) but whose letterhead cells
the export wrapped onto indented lines ("CỘNG HÒA XÃ HỘI" / "  CHỦ NGHĨA VIỆT NAM", "Hà Nội,
ngày 24" / "  tháng 01 năm 2014") is read with each cell whole, and a decision's kind cut
between its words ("QUYẾT" / "ĐỊNH") is its kind, the subject under it read as usual."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.cell_wraps import header_cells_joined
from tests.parser.signed import signed

_LETTER = """BỘ XÂY DỰNG
-------
CỘNG HÒA XÃ HỘI
  CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 512/BXD-KTXD
V/v Các công trình bắt buộc phải
  thẩm tra thiết kế
Đà Nẵng, ngày 14
  tháng 03 năm 2016
Kính gửi:
- Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương;
- Ban Quản lý dự án các tỉnh, thành phố trực thuộc Trung ương;
Bộ Xây dựng đề nghị các Sở Xây dựng rà soát các công trình bắt buộc phải thẩm tra thiết kế
trên địa bàn và báo cáo Bộ Xây dựng kết quả rà soát.
"""


def test_a_letterheads_wrapped_cells_are_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    assert record.issuer == "Bộ Xây dựng"
    assert record.parent_issuer is None
    assert record.subject == "Các công trình bắt buộc phải thẩm tra thiết kế"
    assert record.place == "Đà Nẵng"
    assert record.issued_on == date(2016, 3, 14)


_DECISION = """BỘ NÔNG NGHIỆP
CỤC THỦY LỢI
-------
CỘNG HÒA XÃ HỘI
  CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:215/QĐ-TL
Hà Nội, ngày 09
  tháng 04 năm 2019
QUYẾT
ĐỊNH
VỀ
VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN Ý KIẾN TẠI CÁC ĐƠN VỊ THỦY LỢI
CỤC TRƯỞNG CỤC THỦY LỢI
Căn cứ Luật Thủy lợi số 08/2017/QH14 ngày 19/6/2017;
QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Quy chế tiếp nhận ý kiến tại các đơn vị thủy lợi.
Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày ký. Thủ trưởng các đơn vị thuộc Cục
chịu trách nhiệm thi hành Quyết định này./.
"""


def test_a_decisions_kind_cut_between_its_words_is_its_kind(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION + signed("CỤC TRƯỞNG"), org, calendar)
    assert record.document_type == "QUYẾT ĐỊNH"
    assert record.issuer == "Cục Thủy lợi"
    assert record.parent_issuer == "Bộ Nông nghiệp"
    assert record.subject == "BAN HÀNH QUY CHẾ TIẾP NHẬN Ý KIẾN TẠI CÁC ĐƠN VỊ THỦY LỢI"
    assert record.issued_on == date(2019, 4, 9)


def test_indented_lines_below_the_letterhead_stay_as_they_are() -> None:
    """Under the place and date an indented line is the letter's own (a note of the
    distribution), and a page laid out in columns, which indents its cells and sets them apart
    by spaces, or a rule over an indented line, joins nothing."""
    text = (
        "BỘ X\nCỘNG HÒA XÃ HỘI\n  CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 2 tháng 3 năm 2020\n"
        "- Như trên\n  (để b/c);"
    )
    assert header_cells_joined(text).split("\n") == [
        "BỘ X",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hà Nội, ngày 2 tháng 3 năm 2020",
        "- Như trên",
        "  (để b/c);",
    ]
    laid_out = (
        "   UBND TỈNH X          CỘNG HÒA XÃ HỘI\n  SỞ Y TẾ          Độc lập\n______\n"
        "  Hà Nội, ngày 2"
    )
    assert header_cells_joined(laid_out) == laid_out
