"""Documents singled out of a set a body issued ("theo chỉ đạo tại các công văn của Bộ Y tế, nhất
là các Công văn số A ..., Công văn số B ... và Công văn số C ...") are each that body's: the
set's "của X" before the list gives X to every document it names (225/04 references 5-7)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHÚ
Số: 318/UBND-VX
Bình Phú, ngày 4 tháng 9 năm 2025
V/v phòng, chống sốt xuất huyết

Kính gửi: Sở Y tế.

Ủy ban nhân dân tỉnh yêu cầu Sở Y tế tiếp tục triển khai các biện pháp phòng, chống dịch theo
chỉ đạo tại các công văn của Bộ Y tế, nhất là các Công văn số 4120/BYT-DP ngày 02 tháng 7 năm
2025, Công văn số 4388/BYT-DP ngày 15 tháng 7 năm 2025 và Công văn số 4711/BYT-DP ngày 30 tháng
7 năm 2025; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30 tháng 9 năm 2025./.

Nơi nhận:
- Như trên;
- Trung tâm Kiểm soát bệnh tật tỉnh;
- Lưu: VT, VX (Hg).

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vũ Thị Hạnh
"""


def test_the_sets_issuer_goes_to_each_document_singled_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(r.number, r.issuer) for r in record.references] == [
        ("4120/BYT-DP", "Bộ Y tế"),
        ("4388/BYT-DP", "Bộ Y tế"),
        ("4711/BYT-DP", "Bộ Y tế"),
    ]
