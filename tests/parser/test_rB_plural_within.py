"""Branch rB: a plural of a kind of body followed by whose bodies they are ("Các đơn vị trong
Bộ Tài chính phối hợp ...", "Các cơ quan, đoàn thể của tỉnh chủ động ...") is one lead as
written up to the verb (README: a qualifier that says which bodies of a kind are meant belongs
to the name; 197/01 action 2, as "các Sở, Ban, Ngành của tỉnh" in 199/02 and "các cơ quan,
đoàn thể trong tỉnh" are labelled). The parser cut it after the kind ("Các đơn vị"), as it
did not for "thuộc Bộ X"; "Các đơn vị trong quá trình ..." is no such qualifier."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 120/CT-BTC

Hà Nội, ngày 10 tháng 11 năm 2025

CHỈ THỊ
Về việc triển khai khoanh nợ tiền thuế

Để triển khai kịp thời chính sách khoanh nợ, Bộ trưởng Bộ Tài chính yêu cầu:

1. Tổng cục Thuế chủ trì xây dựng dự thảo Thông tư hướng dẫn, trình Bộ Tài chính ban hành.

2. Các đơn vị trong Bộ Tài chính phối hợp với Tổng cục Thuế nghiên cứu, tiếp thu ý kiến.

3. Các cơ quan, đoàn thể của tỉnh chủ động tuyên truyền chính sách khoanh nợ.

Nơi nhận:
- Tổng cục Thuế;
- Lưu: VT.

BỘ TRƯỞNG
Nguyễn Văn A
"""


def test_the_plural_keeps_whose_bodies_they_are(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in parse_text(_LETTER, org, calendar).actions]
    assert leads == [
        "Tổng cục Thuế",
        "Các đơn vị trong Bộ Tài chính",
        "Các cơ quan, đoàn thể của tỉnh",
    ]
