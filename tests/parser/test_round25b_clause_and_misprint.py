"""Round 25b: a Prime Minister's decision issuing a list, its Điều 2 a task after an opening
clause of circumstance ("Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, Bộ Công Thương rà
soát ..."), and its annex citing the decision it replaces again with a misprint ("QĐ số 270/QD-
TTg" after "Quyết định số 270/QĐ-TTg"). The parser found no subject after the clause, and
listed the misprinted number as a second document."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ
Số: 2500/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Danh mục các dự án trọng điểm ngành năng lượng

THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Quyết định số 893/QĐ-TTg ngày 26 tháng 7 năm 2023 của Thủ tướng Chính phủ;
Theo đề nghị của Bộ trưởng Bộ Công Thương.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Danh mục các dự án trọng điểm ngành năng lượng.
Điều 2. Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, Bộ Công Thương rà soát, tổng hợp
ý kiến, đề xuất điều chỉnh danh mục, trình Thủ tướng Chính phủ xem xét, quyết định.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 270/QĐ-TTg
ngày 02 tháng 4 năm 2024 của Thủ tướng Chính phủ.
Điều 4. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành quyết định này./.

Nơi nhận:
- Như Điều 4;
- VPCP: BTCN, các PCN;
- Lưu: VT, CN.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn B

PHỤ LỤC
DANH MỤC CÁC DỰ ÁN TRỌNG ĐIỂM NGÀNH NĂNG LƯỢNG
(Kèm theo Quyết định số 2500/QĐ-TTg ngày 20 tháng 11 năm 2025 của Thủ tướng
Chính phủ)
|
**TT**
|
**Tên dự án**
|
**Ghi chú**
|
|
1
|
Nhà máy điện A
|
DA đã có trong QĐ số 270/QD- TTg ngày 02/4/2024
|
|
2
|
Nhà máy điện B
|
Điều chỉnh theo Luật số 22/2023/OH15 (Luật Điện lực số 22/2023/QH15 ngày 01/01/2024)
|
"""


def test_the_body_after_the_clause_of_circumstance_is_given_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.text[:34]) for a in actions] == [
        ("Bộ Công Thương", "Trong quá trình thực hiện, nếu cần")
    ]


def test_a_number_printed_again_with_a_misprint_is_one_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    numbers = [r.number for r in parse_text(_DECISION, org, calendar).references]
    assert numbers == ["893/QĐ-TTg", "270/QĐ-TTg", "22/2023/OH15"]
