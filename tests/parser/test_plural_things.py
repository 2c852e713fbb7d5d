"""A plural of things is never who acts: "các" opens "các quy định về phí", "các văn bản", "các
dự án" as it opens "các Sở, ngành", but only a body's kind word (or a known name) makes a body.
A case clause on such things ("Đối với các quy định về phí cần sửa đổi, yêu cầu các Bộ ...")
leaves the task to the bodies asked after it, and a thing listed after a subject's kinds of body
("Các cơ quan, đơn vị ..., các quy định về phí có trách nhiệm ...") adds no partner."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 07/CT-UBND\n\nAn Bình, ngày 09 tháng 3 năm 2026\n\n"
    "CHỈ THỊ\nVề rà soát quy định về phí, lệ phí trên địa bàn tỉnh\n\n"
    "Để bảo đảm nguồn thu, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n"
    "1. {first}\n"
    "2. Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\nTrần Văn Bình\n"
)


@pytest.mark.parametrize(
    ("first", "lead", "partners"),
    [
        (
            "Đối với các quy định về phí cần sửa đổi, yêu cầu các Bộ: Công Thương, Xây dựng "
            "rà soát, đề xuất phương án sửa đổi.",
            "Bộ Công Thương",
            ["Bộ Xây dựng"],
        ),
        (
            "Đối với các văn bản cần bãi bỏ, đề nghị các Sở, ngành rà soát, báo cáo trước ngày "
            "30/4/2026.",
            "các Sở, ngành",
            [],
        ),
        (
            "Đối với các dự án phải điều chỉnh, yêu cầu các chủ đầu tư báo cáo Sở Tài chính "
            "trước ngày 30/4/2026.",
            "các chủ đầu tư",
            [],
        ),
        (
            "Đối với các nội dung căn cứ Nghị quyết số 15/2026/NQ-HĐND, đề nghị các Sở, ngành "
            "rà soát trước ngày 30/4/2026.",
            "các Sở, ngành",
            [],
        ),
        (
            "Đối với các thủ tục hành chính phải cắt giảm, Sở Tư pháp rà soát, báo cáo trước "
            "ngày 30/4/2026.",
            "Sở Tư pháp",
            [],
        ),
    ],
    ids=["regulations", "documents", "projects", "contents", "procedures"],
)
def test_a_case_clause_on_things_leaves_the_task_to_the_bodies_asked(
    org: OrgDirectory, calendar: WorkingCalendar, first: str, lead: str, partners: list[str]
) -> None:
    actions = parse_text(_PAGE.format(first=first), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        (lead, partners),
        ("Sở Nội vụ", []),
    ]


def test_a_case_clause_on_bodies_still_names_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = "Đối với các đơn vị chưa hoàn thành, phải báo cáo trước ngày 30/4/2026."
    actions = parse_text(_PAGE.format(first=first), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["các đơn vị chưa hoàn thành", "Sở Nội vụ"]


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        (
            "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc tỉnh, các quy định về phí có trách "
            "nhiệm rà soát trước ngày 30/4/2026.",
            "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc tỉnh",
        ),
        (
            "Các cơ quan, đơn vị được giao chủ trì thực hiện, các nhiệm vụ có trách nhiệm báo "
            "cáo trước ngày 30/4/2026.",
            "Các cơ quan, đơn vị được giao chủ trì thực hiện",
        ),
    ],
    ids=["regulations", "tasks"],
)
def test_things_after_a_subjects_kinds_add_no_partner(
    org: OrgDirectory, calendar: WorkingCalendar, first: str, lead: str
) -> None:
    actions = parse_text(_PAGE.format(first=first), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        (lead, []),
        ("Sở Nội vụ", []),
    ]


def test_bodies_after_a_subjects_kinds_still_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = (
        "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc tỉnh, các ban quản lý dự án có trách "
        "nhiệm báo cáo trước ngày 30/4/2026."
    )
    actions = parse_text(_PAGE.format(first=first), org, calendar).actions
    assert actions[0].lead_unit == "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc tỉnh"
    assert actions[0].coordinating_units == ["các ban quản lý dự án"]
