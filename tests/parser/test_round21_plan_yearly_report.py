"""Round 21 (c): a plan's closing part on reports ("III. CHẾ ĐỘ BÁO CÁO / Các cơ quan, đơn vị
được giao nhiệm vụ ... có trách nhiệm ... Định kỳ gửi báo cáo kết quả thực hiện trước ngày
15/11 hằng năm về Sở X") asks a report on the results of its own: a task of those bodies as
named, dated yearly; the same paragraph with no report asked stays a closing formula. On
synthetic snippets."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.records import DeadlineKind
from tests.parser.test_plans import plan

OPENING = (
    "Thực hiện Quyết định số 12/QĐ-UBND, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH\n\nNâng cao hiệu quả quản lý chợ.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Công Thương\n\n"
    "Chủ trì rà soát quy hoạch mạng lưới chợ trên địa bàn tỉnh.\n\n"
)
DUTY = (
    "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch có trách nhiệm chủ động tổ chức "
    "thực hiện, theo dõi, đánh giá kết quả hằng năm."
)


def test_a_closing_part_that_asks_a_yearly_report_on_results_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        OPENING + "III. CHẾ ĐỘ BÁO CÁO\n\n" + DUTY + " Định kỳ gửi báo cáo kết quả thực hiện "
        "trước ngày 20/11 hằng năm về Sở Công Thương để tổng hợp./.\n"
    )
    actions = plan(body, org, calendar).actions
    assert len(actions) == 2
    last = actions[1]
    assert last.lead_unit == "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch"
    assert last.text.startswith("Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch có")
    assert last.text.endswith("về Sở Công Thương để tổng hợp")
    assert last.deadline_kind is DeadlineKind.YEARLY
    assert last.deadline == date(2025, 11, 19)  # the last working day before 20/11/2025


def test_the_same_part_without_a_report_is_a_closing_formula(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = plan(OPENING + "III. CHẾ ĐỘ BÁO CÁO\n\n" + DUTY + "/.\n", org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Công Thương"]
