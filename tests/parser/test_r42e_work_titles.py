"""Round 42e: a tax department's rollout letter (161/02) and a province's inventory plan
(10/08). A numbered title with a full stop that names a piece of work ("(4) Thực hiện quản lý
... .") over a paragraph whose subject is a body is a title, the paragraph the task, and the
staff's paragraph under it ("CBT thực hiện ...") more of it; the item that names the heading's
body itself works with the partners its own words name; the writer's own doings in a letter
("Tổng cục Thuế hỗ trợ ...") and the help desks under "... có vướng mắc, X liên hệ:" are no
tasks; "định kỳ hàng tháng (trong năm Y)" is due by the year's end; and "- Phối hợp hướng dẫn
... . Trong đó:" over "+ Sở A: ..." is a task of its own."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind
from tests.parser.signed import signed

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 905/TCT-KK
V/v triển khai ứng dụng hóa đơn điện tử
Hà Nội, ngày 12 tháng 03 năm 2024

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Để triển khai ứng dụng, Tổng cục Thuế đề nghị các đơn vị thực hiện như sau:
"""
_SIGNED = signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Lê Văn Bình")


def _actions(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, ...]]:
    record = parse_text(_HEAD + body + _SIGNED, org, calendar)
    return [(a.lead_unit or "", a.text, *a.coordinating_units) for a in record.actions]


_ROLLOUT = """1. Tại Cục Thuế, Chi cục Thuế
(1) Tổ chức tập huấn
- Tập huấn cho công chức về các chức năng của ứng dụng;
(2) Thực hiện rà soát dữ liệu hóa đơn.
Cục Thuế có trách nhiệm phân công các Phòng rà soát dữ liệu hóa đơn của người nộp thuế.
CBT thực hiện đối chiếu dữ liệu với hồ sơ khai thuế để xử lý theo quy định.
"""


def test_a_work_title_with_a_stop_over_a_bodys_paragraph_is_a_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = _actions(_ROLLOUT, org, calendar)
    texts = [a[1] for a in actions]
    assert "Thực hiện rà soát dữ liệu hóa đơn" not in texts
    assert actions[-1] == (
        "Cục Thuế",
        "Cục Thuế có trách nhiệm phân công các Phòng rà soát dữ liệu hóa đơn của người nộp thuế."
        " CBT thực hiện đối chiếu dữ liệu với hồ sơ khai thuế để xử lý theo quy định",
    )
    # (the item with no body of its own works with the heading's partner)
    assert actions[0] == (
        "Cục Thuế",
        "Tập huấn cho công chức về các chức năng của ứng dụng",
        "Chi cục Thuế",
    )


def test_the_writers_own_doings_and_its_help_desks_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "1. Triển khai\n"
        "Cục Thuế tổ chức triển khai ứng dụng đến các Chi cục Thuế trực thuộc.\n"
        "2. Hỗ trợ triển khai\n"
        "Tổng cục Thuế hỗ trợ trực tuyến cho các Cục Thuế đến hết ngày 30/04/2024.\n"
        "Trong quá trình thực hiện nếu có vướng mắc, Cục Thuế liên hệ:\n"
        "- Hỗ trợ về ứng dụng: gửi yêu cầu về hệ thống hỗ trợ của Cục Công nghệ thông tin.\n"
        "- Hỗ trợ về nghiệp vụ: email hotro@example.vn hoặc số điện thoại 024.3000.1000.\n"
    )
    actions = _actions(body, org, calendar)
    assert [a[:2] for a in actions] == [
        (
            "Cục Thuế",
            "Cục Thuế tổ chức triển khai ứng dụng đến các Chi cục Thuế trực thuộc",
        )
    ]


def test_a_report_each_month_within_a_year_is_due_at_its_end(calendar: WorkingCalendar) -> None:
    text = "Cục Thuế báo cáo tiến độ triển khai định kỳ hàng tháng (trong năm 2024)."
    due = find_deadline(text, fold_keep(text), date(2024, 3, 12), calendar)
    assert due is not None
    assert (due.deadline, due.kind, due.text) == (
        date(2024, 12, 31),
        DeadlineKind.BY,
        "trong năm 2024",
    )
    # (a year named alone, no recurrence before it, stays no due date)
    plain = "Cục Thuế thực hiện các nhiệm vụ được giao trong năm 2024."
    assert find_deadline(plain, fold_keep(plain), date(2024, 3, 12), calendar) is None


_PLAN_HEAD = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 210/KH-UBND
Ninh Thuận, ngày 05 tháng 11 năm 2025

KẾ HOẠCH
Kiểm kê tài sản công

"""


def test_a_sentence_closed_by_among_which_is_a_task_of_its_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "1. Các cơ quan quản lý ngành (gồm các Sở: Xây dựng, Công Thương, Y tế)\n"
        "- Phối hợp hướng dẫn các đơn vị kiểm kê tài sản thuộc phạm vi quản lý. Trong đó:\n"
        "+ Sở Xây dựng: hướng dẫn kiểm kê tài sản hạ tầng giao thông;\n"
        "+ Sở Công Thương: hướng dẫn kiểm kê tài sản hạ tầng chợ;\n"
        "+ Sở Y tế: hướng dẫn kiểm kê tài sản cơ sở y tế.\n"
    )
    record = parse_text(_PLAN_HEAD + body + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    actions = [(a.lead_unit, a.text, a.coordinating_units) for a in record.actions]
    assert actions[0] == (
        "Sở Xây dựng",
        "Phối hợp hướng dẫn các đơn vị kiểm kê tài sản thuộc phạm vi quản lý",
        ["Sở Công Thương", "Sở Y tế"],
    )
    # (each item that names its body works alone: the heading's partners are not its own)
    assert actions[1] == (
        "Sở Xây dựng",
        "hướng dẫn kiểm kê tài sản hạ tầng giao thông",  # (its run-in label out of the text)
        [],
    )
    assert [a[0] for a in actions[2:]] == ["Sở Công Thương", "Sở Y tế"]
