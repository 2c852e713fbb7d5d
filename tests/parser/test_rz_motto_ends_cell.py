"""Round rZ: a letterhead with no blank lines, the place and date set in by a few spaces
under the motto ("Độc lập - Tự do - Hạnh phúc" / "  Xã An Phú, ngày 12 tháng 05 năm 2026"):
the motto whole ends its cell, so the place and date are no wrap of it and are read."""

from __future__ import annotations

from directives.parser.cell_wraps import header_cells_joined

_PAGE = "\n".join(
    [
        "ỦY BAN NHÂN DÂN",
        "XÃ AN PHÚ",
        "Số: 58/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "  Xã An Phú, ngày 12 tháng 05 năm 2026",
        "KẾ HOẠCH",
        "Tổ chức tuyên truyền pháp luật năm 2026",
    ]
)


def test_place_and_date_not_joined_to_motto() -> None:
    lines = [line.strip() for line in header_cells_joined(_PAGE).split("\n")]
    assert "Độc lập - Tự do - Hạnh phúc" in lines
    assert "Xã An Phú, ngày 12 tháng 05 năm 2026" in lines


def test_cell_wrap_still_joined() -> None:
    page = "CỘNG HÒA XÃ HỘI\n  CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    assert header_cells_joined(page).split("\n")[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
