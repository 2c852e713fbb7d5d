"""Round 37b: a cited number printed once without its year ("Nghị định số 52/NĐ-CP ngày
01/7/2025" and elsewhere "Nghị định 52/2025/NĐ-CP ngày 01/7/2025") is one document, listed at its
first mention as that mention prints it, when the dates agree and the year is the date's; a
number without a year dated otherwise stays a document of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 25/QĐ-BXD
Hà Nội, ngày 12 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc phê duyệt quy hoạch khu chức năng
BỘ TRƯỞNG BỘ XÂY DỰNG
Căn cứ Nghị định số 52/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết Luật Quy hoạch;
Căn cứ Nghị định số 14/2026/NĐ-CP ngày 22/01/2026 của Chính phủ sửa đổi Nghị định \
52/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;
Căn cứ Thông tư số 16/2025/TT-BXD ngày 30/6/2025 của Bộ Xây dựng;
Căn cứ Thông tư 43/2025/TT-BXD ngày 09/12/2025 của Bộ Xây dựng sửa đổi Thông tư số 16/TT-BXD \
ngày 30/6/2025;
Căn cứ Quyết định số 7/QĐ-BXD ngày 05/3/2020 của Bộ Xây dựng;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt quy hoạch khu chức năng theo Quyết định số 7/2025/QĐ-BXD ngày 05/3/2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn A
"""


def test_a_print_without_its_year(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [r.number for r in record.references] == [
        "52/NĐ-CP",
        "14/2026/NĐ-CP",
        "16/2025/TT-BXD",
        "43/2025/TT-BXD",
        "7/QĐ-BXD",
        "7/2025/QĐ-BXD",
    ]
    assert record.references[0].issuer == "Chính phủ"
