"""Round 36d: a schedule table a plain-text copy wrote without edge pipes ("Thời gian | Nội
dung công việc | ... | Thực hiện" over " |  |  | Đơn vị chủ trì | Đơn vị phối hợp"), its
time cell merged over every row of its group, a span of months due at the last one's end."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.bare_tables import pipe_bare_tables
from directives.parser.tables import cell_deadline
from tests.parser.test_plans import plan

_SCHEDULE = """II. NỘI DUNG CHI TIẾT

Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
2-3/2026 | Rà soát hiện trạng. | Cơ quan lập đề án | Sở Y tế | - Sở Tài chính; - Sở Nội vụ.
 | Xây dựng dự thảo đề án. | Cơ quan lập đề án | Sở Tài chính | - Sở Nội vụ.
II | GIAI ĐOẠN 2: TRIỂN KHAI
6/2026 | Tổ chức hội nghị triển khai đề án. | Cơ quan lập đề án | Sở Nội vụ | - Sở Tài chính.

III. TỔ CHỨC THỰC HIỆN
Sở Tài chính tổng hợp, báo cáo kết quả.
"""


def test_a_bare_schedule_table_gives_each_row_its_lead_partners_and_group_time(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = plan(_SCHEDULE, org, calendar).actions
    rows = [a for a in actions if a.deadline is not None]
    assert [a.text.split()[0] for a in rows] == ["Rà", "Xây", "Tổ"]
    assert [a.lead_unit for a in rows] == [
        "Sở Y tế",
        "Sở Tài chính",
        "Sở Nội vụ",
    ]
    assert rows[0].coordinating_units == ["Sở Tài chính", "Sở Nội vụ"]
    # the merged "2-3/2026" cell times the group's second row as well
    assert [a.deadline for a in rows] == [date(2026, 3, 31), date(2026, 3, 31), date(2026, 6, 30)]
    assert rows[1].deadline_text == "2-3/2026"
    assert not any(a.text.startswith("GIAI ĐOẠN") for a in actions)


def test_only_a_header_run_is_piped_not_a_two_column_signature() -> None:
    lines = ["- Lưu: VT. | BỘ TRƯỞNG", "", "Thời gian | Nội dung | Chủ trì", "I | A", "hết"]
    assert pipe_bare_tables(lines) == [
        "- Lưu: VT. | BỘ TRƯỞNG",
        "",
        "| Thời gian | Nội dung | Chủ trì |",
        "| I | A |  |",
        "hết",
    ]


def test_a_span_of_months_is_due_on_the_working_day_after_a_weekend_end(
    calendar: WorkingCalendar,
) -> None:
    # 31/5/2026 is a Sunday
    due = cell_deadline("04-5/2026", date(2026, 1, 5), calendar)
    assert due is not None and due.deadline == date(2026, 6, 1)
    assert cell_deadline("13/2026", date(2026, 1, 5), calendar) is None


_JOINT = """II. NỘI DUNG CHI TIẾT

| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
| 1 | Lựa chọn đơn vị tư vấn. | Sở Tài chính/ Sở Y tế | Sở Nội vụ | Tháng 3/2026 |
| 2 | Lấy ý kiến Hội đồng. | Do Chủ tịch Hội đồng quyết định (*) | Sở Y tế | Tháng 4/2026 |
| 3 | Tổ chức hội nghị. | Sở Nội vụ /Sở Y tế | Sở Tài chính | Tháng 5/2026 |
"""


def test_a_slash_between_bodies_leads_jointly_and_a_lead_left_to_another_names_none(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = plan(_JOINT, org, calendar).actions
    tasks = {a.text.split()[0]: a for a in actions}
    assert tasks["Lựa"].lead_unit == "Sở Tài chính"
    assert tasks["Lựa"].coordinating_units[:2] == ["Sở Y tế", "Sở Nội vụ"]
    assert tasks["Tổ"].lead_unit == "Sở Nội vụ"
    assert all("Chủ tịch" not in (a.lead_unit or "") for a in actions)
