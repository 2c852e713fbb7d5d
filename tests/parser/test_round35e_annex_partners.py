"""Round 35e: an annex table of tasks that has no "phối hợp" column ("STT | Nhiệm vụ | Văn
bản giao nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn hoàn thành"): the bodies a row's
task text names after "phối hợp (với)" are the lead's partners, as in prose ("Chủ trì, phối
hợp với Bộ Công an xây dựng ..."), an unnamed plural ("các cơ quan liên quan") left out."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import lead_cell
from directives.parser.tables import table_rows

_HEADER = (
    "| STT | Nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn hoàn thành |"
)


def test_partners_named_in_the_task_cell(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    rows = table_rows(
        [
            _HEADER,
            "| 1. | Chủ trì, phối hợp với Bộ Công an và các cơ quan liên quan hoàn thành cơ sở"
            " dữ liệu ngành | Kế hoạch số 01-KH/BCĐ | Bộ Y tế | 31/10/2025 |",
            "| 2. | Phối hợp với Bộ Ngoại giao, Bộ Tư pháp triển khai cấp giấy phép điện tử"
            " | Kế hoạch số 01-KH/BCĐ | Bộ Xây dựng | 30/11/2025 |",
            "| 3. | Rà soát quy trình nội bộ | Kế hoạch số 01-KH/BCĐ | Bộ Tài chính | 30/11/2025 |",
        ],
        MentionFinder(org),
        None,
        date(2025, 11, 16),
        calendar,
    )
    assert [(r.lead, r.coordinating) for r in rows] == [
        ("Bộ Y tế", ["Bộ Công an"]),
        ("Bộ Xây dựng", ["Bộ Ngoại giao", "Bộ Tư pháp"]),
        ("Bộ Tài chính", []),
    ]


def test_a_partner_column_still_rules(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    rows = table_rows(
        [
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
            "| 1. | Chủ trì, phối hợp với Bộ Công an hoàn thành cơ sở dữ liệu | Bộ Y tế"
            " | Bộ Tài chính | 31/10/2025 |",
        ],
        MentionFinder(org),
        None,
        date(2025, 11, 16),
        calendar,
    )
    assert [(r.lead, r.coordinating) for r in rows] == [("Bộ Y tế", ["Bộ Tài chính"])]


def test_the_inspector_generals_title_is_dropped(org: OrgDirectory) -> None:
    # "Tổng Thanh tra Chính phủ" in a "chủ trì" cell: the inspectorate, its head's title dropped
    assert [n for n, _ in lead_cell("Tổng Thanh tra Chính phủ", MentionFinder(org))] == [
        "Thanh tra Chính phủ"
    ]


def test_the_tasks_own_deadline_comes_before_the_column(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "..., hoàn thành trong tháng 9/2025" in the task cell, "30/09/2025" in the column: the
    # phrase of the task's own words is reported; a row with none takes the column's
    rows = table_rows(
        [
            _HEADER,
            "| 1. | Rà soát quy trình, hoàn thành trước ngày 15/9/2025 | Kế hoạch số"
            " 01-KH/BCĐ | Bộ Y tế | 15/09/2025 |",
            "| 2. | Rà soát dữ liệu | Kế hoạch số 01-KH/BCĐ | Bộ Y tế | 30/09/2025 |",
        ],
        MentionFinder(org),
        None,
        date(2025, 8, 16),
        calendar,
    )
    assert [r.deadline and (r.deadline.text, r.deadline.deadline) for r in rows] == [
        ("trước ngày 15/9/2025", date(2025, 9, 12)),
        ("30/09/2025", date(2025, 9, 30)),
    ]
