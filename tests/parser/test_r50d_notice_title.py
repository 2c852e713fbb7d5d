"""Round 50d: a cited notice whose title opens with "Kết luận" right after its issuer ("Thông
báo số 552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên họp ...")
takes the body alone as its issuer, as "... Quyết định phê duyệt ..." and "... Kết quả thẩm
định ..." titles do."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed


def test_a_notices_title_ends_its_issuers_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các sở, ban, ngành thuộc tỉnh\n\n"
        "Thực hiện Thông báo số\n"
        "552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên\n"
        "họp lần thứ tư của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ.\n\n"
        "Sở Y tế chủ trì tổ chức triển khai thực hiện Kế hoạch này."
        + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    )
    refs = parse_text(page, org, calendar).references
    assert [(r.number, r.issuer) for r in refs] == [("552/TB-VPCP", "Văn phòng Chính phủ")]
