"""A labelled field set under a decision's title in mixed case ("Địa điểm: các phường ...")
ends the title: the subject is the title's own words (a field of one or two words, then ":")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import an_lac_signed

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH AN LẠC\n"
    "Số: 820/QĐ-UBND\n"
    "An Lạc, ngày 13 tháng 6 năm 2025\n"
    "QUYẾT ĐỊNH\n"
    "Về việc phê duyệt điều chỉnh cục bộ quy hoạch chi tiết khu dân cư Bến Đá, tỷ lệ 1/500\n"
    "Địa điểm: các xã Bình Minh và Tân Phú,\n"
    "huyện Đông Hải, tỉnh An Lạc.\n"
    "\n"
    "ỦY BAN NHÂN DÂN TỈNH AN LẠC\n"
    "Căn cứ Nghị định số 37/2010/NĐ-CP ngày 07/4/2010 của Chính phủ;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt điều chỉnh cục bộ quy hoạch chi tiết khu dân cư Bến Đá.\n"
    "Điều 2. Giao Sở Xây dựng kiểm tra, xác nhận hồ sơ bản vẽ theo quy định.\n"
    + an_lac_signed("Như Điều 2")
)


def test_the_field_under_the_title_is_no_part_of_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    subject = parse_text(LETTER, org, calendar).subject
    assert subject == (
        "phê duyệt điều chỉnh cục bộ quy hoạch chi tiết khu dân cư Bến Đá, tỷ lệ 1/500"
    )
