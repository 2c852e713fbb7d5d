"""Round 36c: in a plan's part whose items name no body, an item whose subject names bodies
one by one ("Mỗi sở, ngành, mỗi lĩnh vực cần xác định ...") gives them a task, the kinds as
written its lead; one that says what each has ("Mỗi xã có ...") gives none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.each_body import each_body
from tests.parser.test_plans import plan

_PART = """III. NHIỆM VỤ TRỌNG TÂM

1. Chuyển đổi số trong quản lý

Trọng tâm:

a) {first}

b) Triển khai hỗ trợ doanh nghiệp chuyển đổi số trong quản trị.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Tư pháp chủ trì rà soát các quy định về dữ liệu.
"""


def test_each_body_of_the_kinds_is_the_items_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = "Mỗi sở, ngành, mỗi lĩnh vực cần xác định một số bài toán lớn giải quyết bằng AI."
    record = plan(_PART.format(first=first), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Mỗi sở, ngành, mỗi lĩnh vực",
            "Mỗi sở, ngành, mỗi lĩnh vực cần xác định một số bài toán lớn giải quyết bằng AI",
        ),
        ("Sở Tư pháp", "Sở Tư pháp chủ trì rà soát các quy định về dữ liệu"),
    ]


def test_what_each_has_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first = "Mỗi xã, phường có ít nhất 01 tổ công nghệ số cộng đồng."
    record = plan(_PART.format(first=first), org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Tư pháp"]


def test_the_subject_is_read_up_to_its_verb() -> None:
    assert each_body("Mỗi sở, ban, ngành, mỗi lĩnh vực xác định một số bài toán.") == [
        "Mỗi sở, ban, ngành, mỗi lĩnh vực"
    ]
    assert each_body("Mỗi ngành, lĩnh vực cần xác định một số bài toán.") == ["Mỗi ngành, lĩnh vực"]
    assert each_body("Mỗi năm tổ chức một hội nghị.") == []
