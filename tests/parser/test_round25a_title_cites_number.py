"""Round 25a: a title in capitals that names the document it amends may wrap right after the
kind ("... QUY ĐỊNH KÈM THEO NGHỊ QUYẾT" / "SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 ..."):
the line "SỐ ..." goes on with the cited document's number, not the letter's own number line,
and the subject runs on to the title's end. The parser cut the subject before "SỐ"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH HÀ NAM
Số: 33/2026/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 09 tháng 3 năm 2026

NGHỊ QUYẾT
SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT
SỐ 08/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ
PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM
QUYẾT NGHỊ:
Điều 1. Sửa đổi khoản 2 Điều 4 của Quy định kèm theo Nghị quyết số 08/2022/NQ-HĐND.
Điều 2. Giao Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Nam thông qua ngày 09 tháng 3 năm 2026./.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Lê Văn C
"""


def test_the_title_runs_on_over_the_cited_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RESOLUTION, org, calendar)
    assert record.number == "33/2026/NQ-HĐND"
    assert record.subject == (
        "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 08/2022/NQ-HĐND NGÀY 14 THÁNG 7"
        " NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN"
    )
