"""Round 42m: a letter to a company asks it by its kind alone ("Về thủ tục hoàn thuế, đề nghị
Công ty căn cứ ...", "Nếu ..., Công ty có trách nhiệm báo cáo ..."): the labels keep the lead as
written, "Công ty", not the full name the address gave (README; 118/02, 177/02, 177/03, 212/02),
while a task that names no one is the addressee's, by its full name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = """CỤC THUẾ
Số: 4127/CT-TTHT
V/v hoàn thuế giá trị gia tăng
Hà Nội, ngày 14 tháng 05 năm 2025

Kính gửi: Công ty TNHH Thương mại Hoàng Long.

Cục Thuế nhận được công văn số 12/2025/HL ngày 02/5/2025 của Công ty TNHH Thương mại Hoàng Long
về việc hoàn thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:

"""
_SIGNED = signed("KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG", "Lê Thị Hà")


def test_a_company_asked_by_its_kind_leads_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Về thủ tục hoàn thuế, đề nghị Công ty căn cứ quy định tại Thông tư số 80/2021/TT-BTC"
        " ngày 29/9/2021 của Bộ Tài chính, liên hệ với cơ quan thuế quản lý trực tiếp để được"
        " hướng dẫn.\n"
    )
    actions = parse_text(_HEAD + body + _SIGNED, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Công ty"]


_LICENCE_HEAD = """UBND TỈNH HÀ GIANG
SỞ CÔNG THƯƠNG
Số: 512/SCT-KTAT
V/v hoàn thiện hồ sơ cấp phép
Hà Giang, ngày 12 tháng 03 năm 2024

Kính gửi: Công ty TNHH Khoáng sản Phú Lâm.

Sở Công Thương nhận được Văn bản số 15/2024/PL ngày 01/3/2024 của Công ty TNHH Khoáng sản Phú
Lâm. Để bảo đảm an toàn, Sở Công Thương đề nghị Công ty TNHH Khoáng sản Phú Lâm thực hiện các
nội dung sau:
"""


def test_a_company_named_after_a_condition_leads_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "1. Rà soát, bổ sung bản vẽ mặt bằng khu vực kho chứa.\n"
        "2. Nếu phát hiện sai sót trong hồ sơ thiết kế, bản vẽ đã nộp, Công ty có trách nhiệm"
        " hiệu chỉnh và báo cáo kịp thời về Sở Công Thương.\n"
        "3. Sau khi hoàn thiện các nội dung trên, đề nghị Công ty gửi hồ sơ về Sở Công Thương.\n"
    )
    signed_by = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Văn Minh")
    actions = parse_text(_LICENCE_HEAD + body + signed_by, org, calendar).actions
    full = "Công ty TNHH Khoáng sản Phú Lâm"
    assert [a.lead_unit for a in actions] == [full, "Công ty", "Công ty"]
