"""Round 51a (batch 185/03): inside a plan's "II. NỘI DUNG" (read with its aims), a paragraph
whose subject is a plural of a kind of public body narrowed by words that say which are meant
("Các bệnh viện đa khoa, chuyên khoa trong và ngoài công lập đẩy nhanh ...") is that plural's
task, the qualifier part of its name as written, unlike a bare plural of kinds ("Các sở, ban,
ngành ... triển khai thực hiện thống nhất": how all must work); and so is one handed its work
under the plan's funding ("Giao cho các bệnh viện công lập ... chủ động ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies

_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 144/KH-UBND Hà Nội, ngày 20 tháng 5 năm 2025

KẾ HOẠCH
Triển khai hồ sơ bệnh án điện tử tại các bệnh viện

I. MỤC ĐÍCH, YÊU CẦU
- Đẩy mạnh triển khai hồ sơ bệnh án điện tử.
II. NỘI DUNG
1. Mua sắm, đấu thầu
- Chủ động xây dựng kế hoạch mua sắm, đấu thầu phần mềm hồ sơ bệnh án điện tử.
- Đơn vị thực hiện: Các bệnh viện trong và ngoài công lập trực thuộc.
2. Lộ trình triển khai thực hiện Bệnh án điện tử
Các bệnh viện đa khoa, chuyên khoa trong và ngoài công lập đẩy nhanh tiến độ thực hiện các
nhiệm vụ được giao để đảm bảo lộ trình đến trước ngày 30/9/2025.
III. KINH PHÍ THỰC HIỆN
Giao cho các bệnh viện công lập và ngoài công lập trực thuộc chủ động xây dựng kế hoạch và
triển khai hồ sơ bệnh án điện tử; ưu tiên bố trí nguồn lực hiện có để triển khai.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Tham mưu UBND Thành phố ban hành Kế hoạch triển khai hồ sơ bệnh án điện tử.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vũ Thu Hà
"""


def test_a_qualified_plural_leads_its_paragraph_in_the_contents(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    got = [(a.text.split()[0], a.lead_unit, str(a.deadline)) for a in actions]
    assert got == [
        ("Chủ", "Các bệnh viện trong và ngoài công lập trực thuộc", "None"),
        ("Các", "Các bệnh viện đa khoa, chuyên khoa trong và ngoài công lập", "2025-09-29"),
        ("Giao", "các bệnh viện công lập và ngoài công lập trực thuộc", "None"),
        ("Tham", "Sở Y tế", "None"),
    ]


def test_the_qualifier_ends_at_the_verb_and_holds_no_clause() -> None:
    assert subject_bodies("Các bệnh viện trên toàn Thành phố thực hiện Kế hoạch.") == [
        "Các bệnh viện trên toàn Thành phố"
    ]
    assert subject_bodies("Các trường học trên địa bàn tổ chức tuyên truyền.") == [
        "Các trường học trên địa bàn"
    ]
    assert subject_bodies("Các bệnh viện đã triển khai bệnh án điện tử.") == []
