"""Round 50d: a task record's "- Thời gian thực hiện:" label with no value of its own, over
items that each give a time ("+ Các bộ ... gửi kết quả rà soát về Bộ Công an trước ngày 15
tháng 12 năm 2025."), dates the record's task by the first of them, as a time label's own
value would; the later item that names its own body's work stays its own task."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed


def test_the_first_time_under_an_empty_time_label_dates_the_record(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "QUYẾT ĐỊNH\n\n"
        "Điều 1. Ban hành Kế hoạch triển khai thi hành Luật.\n\n"
        "**II. NỘI DUNG**\n\n"
        "4. Rà soát văn bản quy phạm pháp luật\n\n"
        "- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến Luật.\n\n"
        "- Cơ quan thực hiện: Bộ Công an.\n\n"
        "- Thời gian thực hiện:\n\n"
        "+ Các bộ, cơ quan ngang bộ, Ủy\n"
        "ban nhân dân các tỉnh, thành phố trực thuộc trung ương gửi kết quả rà soát về Bộ\n"
        "Công an trước ngày 15 tháng 12 năm 2025.\n\n"
        "+ Bộ Công an tổng hợp kết quả rà soát trước ngày 31 tháng 12 năm 2025."
        + signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")
    )
    actions = parse_text(page, org, calendar).actions
    assert [(a.lead_unit, a.deadline) for a in actions] == [
        ("Bộ Công an", date(2025, 12, 12)),
        ("Bộ Công an", date(2025, 12, 30)),
    ]
    assert actions[0].text.startswith("rà soát các văn bản")
