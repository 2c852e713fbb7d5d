"""Round 25b: a council resolution's last article hands its supervision to the council's own
organs, named jointly ("Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân
tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát ..."): the standing committee
leads, the others, each as written, work with it. The parser cut the list where the first
name's words ended and led with "Thường trực Hội đồng nhân dân tỉnh, các Ban". An article's
clause on where the money comes from ("Nguồn kinh phí thực hiện: Được bố trí trong dự toán
ngân sách tỉnh giao cho Sở Y tế") gives no task: the budget is allocated to the body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC KẠN
Số: 45/2025/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT
Quy định mức hỗ trợ cán bộ làm công tác dân số

HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN

QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ hằng tháng cho cán bộ làm công tác dân số ở thôn.
Điều 2. Mức hỗ trợ; nguồn kinh phí
1. Mức hỗ trợ là 500.000 đồng/người/tháng.
2. Nguồn kinh phí thực hiện: Được bố trí trong dự toán ngân sách tỉnh giao cho Sở Y tế.
Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu
và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Kạn khóa X, Kỳ họp thứ 30 thông qua ngày 10
tháng 12 năm 2025./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Lưu: VT.

CHỦ TỊCH
Phạm Văn D
"""


def test_the_standing_committee_leads_the_councils_organs(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Ủy ban nhân dân tỉnh", []),
        (
            "Thường trực Hội đồng nhân dân tỉnh",
            [
                "các Ban của Hội đồng nhân dân tỉnh",
                "các Tổ đại biểu",
                "đại biểu Hội đồng nhân dân tỉnh",
            ],
        ),
    ]
