"""Round 51l (batch 185/03): an item's title with no stop, as long as a wrapped line, and under
it a sentence whose subject is a plural of public bodies narrowed by a qualifier ("Các bệnh
viện trên toàn Thành phố thực hiện ..."): the title's own paragraph, its task, not more of the
title."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.wrap import title_then_subject
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 144/KH-UBND Hà Nội, ngày 20 tháng 5 năm 2025
KẾ HOẠCH
Triển khai hồ sơ bệnh án điện tử
II. NỘI DUNG
1. Triển khai kết nối liên thông dữ liệu hồ sơ bệnh án điện tử
Các bệnh viện trên toàn Thành phố thực hiện Kế hoạch triển khai hồ sơ
bệnh án điện tử phải đảm bảo hoàn thành chậm nhất trong tháng 9/2025.
- Thực hiện chia sẻ, liên thông dữ liệu giữa các bệnh viện.
- Đơn vị thực hiện: Các bệnh viện trong và ngoài công lập
- Thời gian thực hiện: Hoàn thành trước ngày 30/9/2025.
""" + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vũ Thu Hà")


def test_the_paragraph_under_a_long_title_is_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Các bệnh viện trên toàn Thành phố",
        "Các bệnh viện trong và ngoài công lập",
    ]
    assert actions[0].text.startswith("Các bệnh viện trên toàn Thành phố thực hiện")
    assert actions[0].deadline == date(2025, 9, 30)


def test_a_qualified_public_plural_opens_the_paragraph() -> None:
    title = "1. Triển khai kết nối liên thông dữ liệu hồ sơ bệnh án điện tử"
    assert title_then_subject(title, "Các bệnh viện trên toàn Thành phố thực hiện Kế hoạch")
    assert not title_then_subject(title + " cho", "Các bệnh viện trên toàn Thành phố thực hiện")
    assert not title_then_subject(title, "Các bệnh viện và trạm y tế xã")
