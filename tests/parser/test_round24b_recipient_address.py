"""Round 24b: a tax office's reply lists its recipients with the company's address under
the first ("- Công ty X;" / "(Địa chỉ: ...)" / "- Thuế tỉnh Y."): the address line says
where the company is, no recipient, and the list goes on after it. The parser ended the list
at the address and lost the second recipient."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
CỤC THUẾ

Số: 5120/CT-CS
V/v đơn giá thuê đất

Hà Nội, ngày 12 tháng 11 năm 2025

Kính gửi:
- Công ty cổ phần Thương mại An Phát;
(Địa chỉ: số 12 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa)
- Thuế tỉnh Thanh Hóa.

Cục Thuế nhận được công văn số 21/AP-HC của Công ty về đơn giá thuê đất. Đề nghị Thuế tỉnh
Thanh Hóa căn cứ các quy định nêu trên và hồ sơ cụ thể để thực hiện theo quy định.

Nơi nhận:
- Như trên;
- Lưu: VT, CS.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn An
"""


def test_the_address_line_is_passed_over(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert parse_text(_LETTER, org, calendar).recipients == [
        "Công ty cổ phần Thương mại An Phát",
        "Thuế tỉnh Thanh Hóa",
    ]
