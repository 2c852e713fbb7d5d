"""Round 36d: a signature in the right cell of a two-column table row, its parts laid out
with runs of spaces ("| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê
Văn A |"): the capacity, the deputy's own title and the name, each read."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import clean_text
from directives.parser.closing import _signs_for

_LETTER = (
    "BỘ TÀI CHÍNH\nSố: 21/QĐ-BTC\nHà Nội, ngày 3 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc giao nhiệm vụ thống kê\n\nBỘ TRƯỞNG BỘ TÀI CHÍNH\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Cục Thống kê có trách nhiệm tổng hợp số liệu.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n"
    "| *Nơi nhận:* - Như Điều 1; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG     Trần Văn Nam |\n"
    "| --- | --- |\n"
    "PHỤ LỤC\nDANH SÁCH CÁC CƠ SỞ\n"
    "| STT | Tên cơ sở | Địa chỉ | Người đại diện pháp luật | Hạn ngạch phát thải   |\n"
    "| --- | --- | --- | --- | --- |\n|  |  |  |  | Năm 2025 | Năm 2026 |\n"
    "| I | Các nhà máy |\n| 1 | Công ty A | Hà Nội | Trần Văn B | 1,035 | 1,134 |\n"
)


def test_a_signature_cell_laid_out_in_columns_gives_capacity_title_and_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "THỨ TRƯỞNG", "Trần Văn Nam")


def test_a_two_column_rows_cell_laid_out_in_columns_is_one_line_a_column() -> None:
    lines = clean_text("| - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG     Trần Văn Nam |\n")
    assert "KT. BỘ TRƯỞNG THỨ TRƯỞNG" in lines and "Trần Văn Nam" in lines


def test_a_deputy_ministers_title_after_the_ministers_is_the_signers() -> None:
    assert _signs_for("BỘ TRƯỞNG THỨ TRƯỞNG") == "THỨ TRƯỞNG"
    assert _signs_for("CHỦ TỊCH PHÓ CHỦ TỊCH") == "PHÓ CHỦ TỊCH"
