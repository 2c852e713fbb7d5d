"""Round 24b: a provincial decision that publishes administrative procedures approves, in its
annex, the internal workflow of each one ("Quy trình nội bộ"), a table of steps ("Thứ tự công
việc | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện", rows "Bước 1", "Bước
2", ...). What a decision approves is no task it gives: an approved workflow's steps are no
actions. The parser read each step as a task of the unit in its "Đơn vị thực hiện" cell."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Điều 1. Phê duyệt kèm theo Quyết định này 01 quy trình nội bộ giải quyết thủ tục hành
chính.

Điều 2. Giao Sở Y tế chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh xây dựng quy trình
điện tử giải quyết thủ tục hành chính theo quy định.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
_ANNEX = """
PHỤ LỤC
QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
{table}
"""

_FLAT = """|
Thứ tự công việc
|
Nội dung công việc
|
Đơn vị thực hiện
|
Thời gian thực hiện
|
|
Bước 1
|
Tiếp nhận hồ sơ, lập phiếu tiếp nhận và hẹn trả kết quả
|
Bộ phận tiếp nhận và trả kết quả của Sở Y tế
|
0,5 ngày làm việc
|
|
Bước 2
|
Thẩm định hồ sơ, trình lãnh đạo Sở
|
Phòng Nghiệp vụ Y
|
02 ngày làm việc
|
|
Bước 3
|
Phê duyệt kết quả thẩm định
|
Lãnh đạo Sở Y tế
|
0,5 ngày làm việc
|
|
"""

_MARKDOWN = """| Bước | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện |
| --- | --- | --- | --- |
| Bước 1 | Tiếp nhận hồ sơ, lập phiếu tiếp nhận | Bộ phận một cửa | 0,5 ngày làm việc |
| Bước 2 | Thẩm định hồ sơ, trình lãnh đạo Sở | Phòng Nghiệp vụ Y | 02 ngày làm việc |
"""


def _leads(table: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    annex = _ANNEX.format(table=table)
    return [a.lead_unit for a in decision(_BODY, org, calendar, annex).actions]


def test_flattened_workflow_steps_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _leads(_FLAT, org, calendar) == ["Sở Y tế"]


def test_markdown_workflow_steps_are_no_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _leads(_MARKDOWN, org, calendar) == ["Sở Y tế"]


def test_a_task_table_still_gives_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    table = """| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện |
| --- | --- | --- | --- |
| 1 | Rà soát thủ tục hành chính lĩnh vực y tế | Sở Y tế | Tháng 12/2025 |
"""
    assert _leads(table, org, calendar) == ["Sở Y tế", "Sở Y tế"]
