"""A code glued after a capital letter ("các ô đất ký hiệu B2/TH1 và C5/NO2") is a plot's or
a drawing's code, not a cited document's number; the documents the letter cites stay."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "THÀNH PHỐ AN LẠC\n"
    "Số: 515/QĐ-UBND\n"
    "An Lạc, ngày 10 tháng 6 năm 2025\n"
    "QUYẾT ĐỊNH\n"
    "Về việc phê duyệt điều chỉnh cục bộ quy hoạch chi tiết tại các ô đất ký hiệu B2/TH1"
    " và C5/NO2\n"
    "ỦY BAN NHÂN DÂN THÀNH PHỐ AN LẠC\n"
    "Căn cứ Nghị định số 37/2010/NĐ-CP ngày 07/4/2010 của Chính phủ về lập, thẩm định, phê"
    " duyệt và quản lý quy hoạch đô thị;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt điều chỉnh cục bộ quy hoạch tại các ô đất ký hiệu B2/TH1 và C5/NO2.\n"
    "Điều 2. Giao Sở Quy hoạch - Kiến trúc kiểm tra, xác nhận hồ sơ bản vẽ theo quy định.\n"
    "Nơi nhận:\n"
    "- Như Điều 2;\n"
    "- Lưu: VT.\n"
    "CHỦ TỊCH\n"
    "Nguyễn Văn An\n"
)


def test_a_code_glued_after_a_capital_is_no_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    numbers = [r.number for r in parse_text(LETTER, org, calendar).references]
    assert numbers == ["37/2010/NĐ-CP"]
