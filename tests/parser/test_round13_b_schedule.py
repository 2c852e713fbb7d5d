"""Round 13 (b): a schedule of reports listed as labelled entries, on a synthetic snippet:
the line with no marker between two entries, after one a ";" leaves open, goes on with that
entry (it does not close the section), and an entry whose label names no body ("Báo cáo 6
tháng: ...; Sở Tài chính tổng hợp ...") is one task, whoever its clauses name."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.test_plans import TAIL

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 7104/UBND-TH\nYên Bái, ngày 10 tháng 7 năm 2026\n"
    "V/v triển khai Nghị định số 178/2026/NĐ-CP\n\n"
    "Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.\n\n"
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện các nội dung sau:\n"
    "1. Tổ chức thực hiện\n"
    "a) Các sở, ban, ngành khẩn trương tổ chức triển khai thực hiện Nghị định.\n"
    "Các sở định kỳ tổng hợp báo cáo kết quả thực hiện như sau:\n"
    "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;\n"
    "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7.\n"
    "- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;\n"
    "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12.\n"
    "- Báo cáo đột xuất: Theo yêu cầu của Ủy ban nhân dân tỉnh.\n"
    "b) Sở Tài chính theo dõi, đôn đốc việc thực hiện.\n"
)


def test_each_entry_of_a_report_schedule_is_one_task_and_the_section_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER + TAIL, org, calendar).actions
    assert [a.text[:16] for a in actions] == [
        "Các sở, ban, ngà",
        "Báo cáo 6 tháng:",
        "Báo cáo năm: Các",
        "Báo cáo đột xuất",
        "Sở Tài chính the",
    ]
    assert actions[1].text.endswith(
        "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7"
    )
    assert actions[-1].lead_unit == "Sở Tài chính"


def test_a_plural_qualified_in_lower_case_that_reports_periodically_leads_the_entries(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    intro = (
        "Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo kết quả rà soát, giao tài sản "
        "gửi Sở Tài chính tổng hợp chung như sau:\n"
    )
    letter = LETTER.replace("Các sở định kỳ tổng hợp báo cáo kết quả thực hiện như sau:\n", intro)
    actions = parse_text(letter + TAIL, org, calendar).actions
    assert [a.lead_unit for a in actions[1:4]] == ["Các sở quản lý chuyên ngành"] * 3


def test_the_yearless_days_of_a_periodic_schedule_recur_each_year(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER + TAIL, org, calendar).actions
    assert [(a.deadline_kind, a.deadline_text) for a in actions[1:3]] == [
        (DeadlineKind.YEARLY, "trước ngày 05/7"),
        (DeadlineKind.YEARLY, "trước ngày 15/12"),
    ]
    assert actions[1].deadline == date(2027, 7, 2)  # the next 05/7 after the letter's date
    assert actions[0].deadline_kind is DeadlineKind.NONE
