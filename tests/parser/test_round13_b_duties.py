"""Round 13 (b): "Có trách nhiệm:" after the bodies a heading lists opens their tasks, on a
synthetic snippet: an item there that opens with a clause of time ("Trong thời gian hoàn
thiện ..., chỉ đạo ...") is a task like those that open with their verb."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_plans import TAIL

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 7103/UBND-TH\nYên Bái, ngày 10 tháng 7 năm 2026\n"
    "V/v triển khai Nghị định số 178/2026/NĐ-CP\n\n"
    "Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.\n\n"
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai thực "
    "hiện các nội dung sau:\n"
    "1. Các sở quản lý chuyên ngành về hạ tầng\n"
    "Giao các sở quản lý chuyên ngành về hạ tầng theo lĩnh vực gồm:\n"
    "- Sở Xây dựng (đối với tài sản hạ tầng đô thị);\n"
    "- Sở Công Thương (đối với tài sản hạ tầng cụm công nghiệp).\n"
    "Có trách nhiệm:\n"
    "a) Chủ trì rà soát, thống kê toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.\n"
    "b) Trong thời gian hoàn thiện việc rà soát, giao tài sản, chỉ đạo các cơ quan, đơn vị "
    "tiếp tục quản lý, khai thác tài sản theo quy định.\n"
    "c) Tăng cường kiểm tra, hướng dẫn việc quản lý tài sản.\n"
)


def test_an_item_under_has_the_duty_that_opens_with_a_clause_of_time_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER + TAIL, org, calendar)
    assert [a.text[:22] for a in record.actions] == [
        "Chủ trì rà soát, thống",
        "Trong thời gian hoàn t",
        "Tăng cường kiểm tra, h",
    ]
    assert {a.lead_unit for a in record.actions} == {"Các sở quản lý chuyên ngành về hạ tầng"}
