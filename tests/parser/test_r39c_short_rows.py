"""A flattened task table whose row leaves its last cells out (the page dropped the cells a
merged "Kết quả" or "Nguồn kinh phí" cell spans) ends at its empty cell when the cells after
it would not fit in the row: what follows is the next row ("3 | Học tập ...") or a task
sharing the row's number ("| Sao lưu dữ liệu | Sở X | Sở Y |"), not the row's last cells.

A report due on a day of every month ("định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng
(trước ngày 16/6), ...") has no one due date: its first deadline phrase dates nothing. A target
to reach within a year ("phấn đấu đạt 20% ... ngay trong năm 2025", "phải đạt 90% trong năm
2025") is due by the year's end, as "hoàn thành ... trong năm X" is."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.cells import rebuild_tables
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from tests.parser.test_round7_plans import flattened

_HEADER = [
    "TT",
    "Nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian",
    "Kết quả",
    "Nguồn kinh phí",
]


def test_a_row_that_left_its_last_cells_out_ends_before_the_next() -> None:
    lines = flattened(
        _HEADER,
        ["1", "Xây dựng hạ tầng", "Sở Tài chính", "Sở Nội vụ", "Quý IV/2026", "Hạ tầng", "Vốn"],
        ["2", "Vận hành hệ thống", "Sở Tài chính", "Sở Nội vụ", "Quý IV/2026"],
        ["Sao lưu dữ liệu", "Sở Khoa học và Công nghệ", "Sở Tài chính"],
        ["3", "Đào tạo cán bộ", "Sở Nội vụ", "Sở Tài chính", "Năm 2026"],
        ["4", "Học tập kinh nghiệm", "Sở Tài chính", "Sở Nội vụ", "Năm 2027"],
        # an empty cell inside a row that holds all its cells is still a cell of it
        ["5", "Tuyên truyền", "Sở Y tế", "", "Năm 2026", "Tin bài", "Vốn"],
    )
    got = [line for line in rebuild_tables(lines) if line.startswith("| ")]
    assert got[1:] == [
        "| 1 | Xây dựng hạ tầng | Sở Tài chính | Sở Nội vụ | Quý IV/2026 | Hạ tầng | Vốn |",
        "| 2 | Vận hành hệ thống | Sở Tài chính | Sở Nội vụ | Quý IV/2026 |  |  |",
        "|  | Sao lưu dữ liệu | Sở Khoa học và Công nghệ | Sở Tài chính |  |  |  |",
        "| 3 | Đào tạo cán bộ | Sở Nội vụ | Sở Tài chính | Năm 2026 |  |  |",
        "| 4 | Học tập kinh nghiệm | Sở Tài chính | Sở Nội vụ | Năm 2027 |  |  |",
        "| 5 | Tuyên truyền | Sở Y tế |  | Năm 2026 | Tin bài | Vốn |",
    ]


def test_a_monthly_report_day_first_dates_nothing(calendar: WorkingCalendar) -> None:
    # the first deadline phrase is a day of every month: the later half-yearly and yearly
    # days are the same report's other periods, not its due date
    for text in (
        "Định kỳ hàng tháng (trước ngày 15 hàng tháng), 6 tháng (trước ngày 15/6), tổng kết "
        "năm (trước ngày 25/11 hàng năm) báo cáo tình hình thực hiện, gửi Sở Nội vụ",
        "Báo cáo kết quả trước ngày 20 hằng tháng và báo cáo năm trước ngày 10/12/2026",
    ):
        assert find_deadline(text, fold_keep(text), date(2026, 3, 2), calendar) is None
    # a dated phrase ahead of it stays the deadline
    text = "Báo cáo trước ngày 10/4/2026 và sau đó trước ngày 20 hằng tháng"
    found = find_deadline(text, fold_keep(text), date(2026, 3, 2), calendar)
    assert found is not None and found.text == "trước ngày 10/4/2026"


def test_a_target_to_reach_within_a_year_is_due_by_its_end(calendar: WorkingCalendar) -> None:
    # "phấn đấu ... trong năm X", "phải đạt ... trong năm X": the year the target is reached in
    for text in (
        "Triển khai Kế hoạch xây dựng xã không ma túy, phấn đấu đạt 30% xã ngay trong năm 2026",
        "Đôn đốc doanh nghiệp phủ sóng 5G toàn tỉnh, phải đạt 95% trong năm 2026",
    ):
        found = find_deadline(text, fold_keep(text), date(2026, 3, 2), calendar)
        assert found is not None and found.deadline == date(2026, 12, 31)
    # (the tasks of a year are still no due date)
    text = "Phấn đấu hoàn thành tốt các nhiệm vụ được giao trong năm 2026"
    assert find_deadline(text, fold_keep(text), date(2026, 3, 2), calendar) is None
