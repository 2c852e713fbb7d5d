"""Round 13a: a page's footnote number glued to the code of a document number
("... số 15/2024/QH152", "Nghị định số 88/2025/NĐ-CP3") is layout, not part of the number:
the footnote at the page's foot cites the same document without it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_GAP = " " * 30

_LETTER = (
    f"    ỦY BAN NHÂN DÂN{_GAP}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    f"     TỈNH HÀ GIANG{_GAP}      Độc lập - Tự do - Hạnh phúc\n\n"
    f"     Số: 412 /UBND-KT{_GAP}Hà Giang, ngày 03 tháng 3 năm 2026\n"
    "V/v kiến nghị sửa đổi quy định về đăng kiểm\n\n"
    "                       Kính gửi: Bộ Xây dựng.\n\n"
    "     Theo quy định tại khoản 2 Điều 8 Luật số 15/2024/QH151 ngày 20/6/2024, phương\n"
    "tiện chở hàng nguy hiểm phải được kiểm định; tại Điều 5 Nghị định số\n"
    "88/2025/NĐ-CP2, cơ quan đăng kiểm thực hiện việc kiểm tra theo trình tự của\n"
    "pháp luật chuyên ngành, nhưng đến nay chưa có hướng dẫn cụ thể.\n\n"
    "   1 Luật Đường bộ số 15/2024/QH15 ngày 20/6/2024\n"
    "   2 Nghị định số 88/2025/NĐ-CP ngày 10/4/2025 của Chính phủ quy định chi tiết\n"
    "Luật Đường bộ.\n"
    "\x0c                                        2\n\n"
    "     Ủy ban nhân dân tỉnh đề nghị Bộ Xây dựng sớm ban hành hướng dẫn thực hiện\n"
    "Điều 5 Nghị định số 88/2025/NĐ-CP.\n\n"
    "Nơi nhận:" + " " * 40 + "KT. CHỦ TỊCH\n"
    "- Như trên;\n"
    "- Lưu: VT, KT." + " " * 35 + "PHÓ CHỦ TỊCH\n\n\n\n" + " " * 52 + "Trần Văn Bình\n"
)


def test_a_footnote_number_glued_to_a_document_code_is_not_part_of_the_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(_LETTER, org, calendar).references
    assert [r.number for r in refs] == ["15/2024/QH15", "88/2025/NĐ-CP"]
    assert refs[1].issuer == "Chính phủ"
    assert str(refs[1].issued_on) == "2025-04-10"


# a page whose foot holds four footnotes, a blank line inside each (as a text layer gives it)
_LONG_FOOT = (
    f"    ỦY BAN NHÂN DÂN{_GAP}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    f"     TỈNH HÀ GIANG{_GAP}      Độc lập - Tự do - Hạnh phúc\n\n"
    f"     Số: 415 /UBND-KT{_GAP}Hà Giang, ngày 05 tháng 3 năm 2026\n"
    "V/v kiến nghị hướng dẫn kiểm định phương tiện\n\n"
    "                       Kính gửi: Bộ Xây dựng.\n\n"
    "     Theo khoản 2 Điều 8 Luật số 15/2024/QH151 ngày 20/6/2024, Điều 5 Nghị định số\n"
    "88/2025/NĐ-CP2, Thông tư số 12/2025/TT-BXD3 và Quy chuẩn QCVN 09:2025/BXD4, phương\n"
    "tiện chở hàng nguy hiểm phải được kiểm định trước khi lưu hành trên đường bộ.\n\n"
    "   1 Luật Đường bộ số 15/2024/QH15 ngày 20/6/2024\n\n"
    "của Quốc hội khóa XV.\n"
    "   2 Nghị định số 88/2025/NĐ-CP ngày 10/4/2025 của Chính phủ quy định chi tiết\n\n"
    "Luật Đường bộ.\n"
    "   3 Thông tư số 12/2025/TT-BXD ngày 02/5/2025 của Bộ Xây dựng quy định về\n\n"
    "kiểm định an toàn kỹ thuật.\n"
    "   4 QCVN 09:2025/BXD quy chuẩn kỹ thuật quốc gia về phương tiện chở hàng\n\n"
    "nguy hiểm.\n"
    "\x0c                                        2\n\n"
    "     Ủy ban nhân dân tỉnh đề nghị Bộ Xây dựng sớm ban hành hướng dẫn thực hiện\n"
    "Điều 5 Nghị định số 88/2025/NĐ-CP.\n\n"
    "Nơi nhận:" + " " * 40 + "KT. CHỦ TỊCH\n"
    "- Như trên;\n"
    "- Lưu: VT, KT." + " " * 35 + "PHÓ CHỦ TỊCH\n\n\n\n" + " " * 52 + "Trần Văn Bình\n"
)


def test_a_long_foot_of_footnotes_reads_alike_with_its_blank_lines_doubled(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """The page's foot is found by its footnotes' lines, however many blank lines a source
    puts among them: the marks come off the codes either way."""
    doubled = "\n".join(
        line + "\n" if not line.strip() else line for line in _LONG_FOOT.split("\n")
    )
    plain = [r.number for r in parse_text(_LONG_FOOT, org, calendar).references]
    assert "15/2024/QH15" in plain and "15/2024/QH151" not in plain
    assert [r.number for r in parse_text(doubled, org, calendar).references] == plain
