"""Round rK: a signature in the right cell of a flattened two-column row whose text a page
wrapped at its width, the cell cut inside the title or the body signed for ("... - Lưu: VT.
| KT. CHỦ" / "TỊCH PHÓ CHỦ TỊCH Name", "| TM. ỦY BAN" / "NHÂN DÂN CHỦ TỊCH Name", "| CHỦ" /
"TỊCH Name"); and the head of the National Assembly signing on one line over an annex
("CHỦ TỊCH QUỐC HỘI Name" / "PHỤ LỤC")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = (
    "TIÊU ĐỀ: Quyết định 88/QĐ-UBND năm 2026 về việc giao chỉ tiêu trồng cây xanh\n"
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh\n"
    "phúc \n"
    "Số: 88/QĐ-UBND | Điện Biên, ngày 9 tháng 01 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "VỀ VIỆC GIAO CHỈ TIÊU TRỒNG CÂY XANH NĂM 2026\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Giao chỉ tiêu trồng cây xanh năm 2026 cho các xã, phường.\n"
    "Điều 2. Sở Nông nghiệp và Môi trường hướng dẫn, kiểm tra việc trồng cây xanh.\n"
    "Điều 3. Quyết định này có hiệu lực từ ngày ký.\n"
    "Nơi nhận: - Như Điều 3; - CT, các PCT UBND tỉnh; - Lưu: VT, KT. | {cell}\n"
    "{rest}\n"
)


@pytest.mark.parametrize(
    ("cell", "rest", "expected"),
    [
        ("KT. CHỦ", "TỊCH PHÓ CHỦ TỊCH Vừ A Sình", ("KT.", "PHÓ CHỦ TỊCH", "Vừ A Sình")),
        ("TM. ỦY BAN", "NHÂN DÂN CHỦ TỊCH Lò Văn Phúc", ("TM.", "CHỦ TỊCH", "Lò Văn Phúc")),
        ("CHỦ", "TỊCH Mùa Thị Hoa", (None, "CHỦ TỊCH", "Mùa Thị Hoa")),
    ],
)
def test_a_signature_cell_wrapped_inside_its_title_is_read_whole(
    org: OrgDirectory,
    calendar: WorkingCalendar,
    cell: str,
    rest: str,
    expected: tuple[str | None, str, str],
) -> None:
    record = parse_text(_HEAD.format(cell=cell, rest=rest), org, calendar)
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == expected
    assert record.distribution[-1:] != [rest]


_ASSEMBLY = (
    "Nghị quyết 301/2025/QH15 về chủ trương đầu tư dự án hồ chứa nước Bản Mòng\n"
    "QUỐC HỘI  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc \n"
    "Nghị quyết số: 301/2025/QH15 | Hà Nội, ngày 20 tháng 11 năm 2025\n\n"
    "NGHỊ QUYẾT\n\nVỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN HỒ CHỨA NƯỚC BẢN MÒNG\n\nQUỐC HỘI\n\n"
    "Căn cứ Luật Đầu tư công số 58/2024/QH15;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1\n\nQuyết định chủ trương đầu tư Dự án hồ chứa nước Bản Mòng.\n\n"
    "Điều 2\n\nKiểm toán nhà nước, trong phạm vi nhiệm vụ, quyền hạn của mình, kiểm toán "
    "việc thực hiện Dự án theo Nghị quyết này.\n\n"
    "Nghị quyết này được Quốc hội khóa XV, Kỳ họp thứ 10 thông qua ngày 20 tháng 11 năm 2025.\n\n"
    "CHỦ TỊCH QUỐC HỘI Đỗ Văn Khang\n\n"
    "PHỤ LỤC\n\nDANH MỤC CÁC HẠNG MỤC CỦA DỰ ÁN (Kèm theo Nghị quyết số 301/2025/QH15)\n\n"
    "| TT | Hạng mục | Tổng mức (tỷ đồng) |\n|||\n"
    "| 1 | Đập chính | 1.200,00 |\n| 2 | Kênh dẫn | 340,50 |\n| 3 | Đường quản lý | 98,20 |\n"
    "| 4 | Bồi thường | 410,00 |\n| 5 | Khu tái định cư | 150,75 |\n| 6 | Trạm bơm | 60,00 |\n"
    "| 7 | Dự phòng | 120,00 |\n| 8 | Tư vấn | 55,00 |\n| Tổng cộng | | 2.434,45 |\n"
)


def test_the_assembly_chairs_title_and_name_on_one_line_over_an_annex(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_ASSEMBLY, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == (
        None,
        "CHỦ TỊCH QUỐC HỘI",
        "Đỗ Văn Khang",
    )
