"""Round 44b: a plan's section on its funding ("V. KINH PHÍ THỰC HIỆN") states where the money
comes from, no task; but an item there that charges a group of bodies with finding or planning
the money for their own tasks ("2. Các sở, ngành, địa phương có liên quan có trách nhiệm chủ
động cân đối trong nguồn ngân sách ...") is a task of theirs, as a named body's is ("3. Sở Tài
chính chủ trì ..."); among a plan's requirements a group's duty stays how all must work.
A group "có liên quan có trách nhiệm ..." reads with its whole predicate, the duty."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_acts
from tests.parser.signed import signed

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 100/KH-UBND
Đồng Tháp, ngày 10 tháng 8 năm 2025

KẾ HOẠCH
Phát triển kinh tế biển

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát triển bền vững kinh tế biển.
2. Yêu cầu
- Các sở, ban, ngành có trách nhiệm triển khai thực hiện thống nhất, đồng bộ.
II. KINH PHÍ THỰC HIỆN
1. Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước.
2. Các sở, ngành, địa phương có liên quan có trách nhiệm chủ động cân đối trong nguồn ngân \
sách nhà nước được bố trí trong năm để triển khai thực hiện nhiệm vụ được giao.
3. Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân xã, phường có trách nhiệm xây dựng dự \
toán kinh phí từ ngân sách hằng năm để triển khai thực hiện Kế hoạch này.
4. Nguồn tài trợ, viện trợ; nguồn hợp pháp khác (nếu có).
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính theo dõi, đôn đốc thực hiện Kế hoạch này.
"""


def test_a_group_told_to_fund_its_tasks_is_given_one(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _PLAN + signed("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar
    )
    assert [(a.text[:40], a.lead_unit) for a in record.actions] == [
        ("Các sở, ngành, địa phương có liên quan c", "Các sở, ngành, địa phương có liên quan"),
        ("Các sở, ban, ngành, đoàn thể tỉnh, Ủy ba", "Các sở, ban, ngành, đoàn thể tỉnh"),
        ("Sở Tài chính theo dõi, đôn đốc thực hiện", "Sở Tài chính"),
    ]


def test_a_concerned_group_with_a_duty_acts() -> None:
    assert subject_acts("Các sở, ngành có liên quan có trách nhiệm chủ động cân đối ngân sách.")
