"""Deadline phrases the reader missed or misread (round rD).

"hoàn thành chậm nhất trong tháng 9/2025" (or "... trong quý III/2025") is due by the month's
(quarter's) end, the words that make it the latest in its text; "(trước ngày 25/12 trong
năm)" is a day of every year, as "(... của năm)" is; a report that recurs ("định kỳ báo cáo
... trước ngày 20/11", "báo cáo định kỳ ...") due on a day and month with no year is due on
that day each year; a day after which the sentence says what was so ("trước 01/01/2025 là
...") or that frames a case ("nộp trước ngày 01/7/2020 thì ...") dates nothing; and an item
whose own time line gives no date ("Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc")
keeps it when the next item's time line closes the section; "bàn giao trong năm 2026" (a
handover) is due by the year's end, as "hoàn thành trong năm 2026" is; "chậm nhất đến hết ngày
X" and "trước 16 giờ 30 phút, ngày X" end on X."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind
from tests.parser.signed import signed


def _read(
    text: str, issued: date, calendar: WorkingCalendar
) -> tuple[str, DeadlineKind, date | None] | None:
    """The first deadline phrase of ``text``: its words, kind and due date."""
    found = find_deadline(text, fold_keep(text), issued, calendar)
    return None if found is None else (found.text, found.kind, found.deadline)


def test_at_the_latest_within_a_month_or_quarter(calendar: WorkingCalendar) -> None:
    issued = date(2025, 4, 2)
    month = "Các trường học hoàn thành số hóa học bạ chậm nhất trong tháng 8/2025."
    # (31/8/2025 a Sunday, 01-02/9 the National Day: the next working day)
    assert _read(month, issued, calendar) == (
        "chậm nhất trong tháng 8/2025",
        DeadlineKind.BY,
        date(2025, 9, 3),
    )
    quarter = "Đưa phần mềm vào vận hành chậm nhất trong quý III/2025."
    assert _read(quarter, issued, calendar) == (
        "chậm nhất trong quý III/2025",
        DeadlineKind.QUARTER,
        date(2025, 9, 30),
    )


def test_a_day_within_the_year(calendar: WorkingCalendar) -> None:
    text = (
        "Các đơn vị định kỳ hằng năm (trước ngày 20/12 trong năm) hoặc đột xuất rà soát danh "
        "mục dữ liệu dùng chung."
    )
    found = _read(text, date(2025, 3, 10), calendar)
    assert found is not None
    assert found[:2] == ("trước ngày 20/12 trong năm", DeadlineKind.YEARLY)


def test_a_recurring_report_on_a_day_with_no_year(calendar: WorkingCalendar) -> None:
    issued = date(2025, 3, 10)
    text = (
        "Các xã lập kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày "
        "25/10 về Sở Nông nghiệp và Môi trường để tổng hợp."
    )
    assert _read(text, issued, calendar) == (
        "trước ngày 25/10",
        DeadlineKind.YEARLY,
        date(2025, 10, 24),
    )
    reported = "Gửi báo cáo định kỳ về tình hình khai thác cát (trước ngày 10 tháng 3) về Sở."
    found = _read(reported, date(2025, 6, 1), calendar)
    assert found is not None
    assert found[1:] == (DeadlineKind.YEARLY, date(2026, 3, 9))
    # (a report every quarter is no day of every year)
    quarterly = "Định kỳ báo cáo hằng quý (trước ngày 10/4) về Sở Tài chính."
    found = _read(quarterly, issued, calendar)
    assert found is not None
    assert found[1] is DeadlineKind.BEFORE


def test_a_day_that_says_what_was_so(calendar: WorkingCalendar) -> None:
    issued = date(2025, 3, 10)
    was = "Các trạm y tế tiếp nhận người bệnh mà các phòng khám trước 01/01/2025 là cơ sở tuyến xã."
    assert _read(was, issued, calendar) is None
    case = "Hồ sơ đã nộp trước ngày 01/3/2025 thì cơ quan tiếp nhận tiếp tục giải quyết."
    assert _read(case, issued, calendar) is None
    assert _read("Các phòng gửi báo cáo trước ngày 15/4/2025.", issued, calendar) is not None


def test_a_handover_within_a_year(calendar: WorkingCalendar) -> None:
    # ("bàn giao" ends the work as "hoàn thành" does: the year is when it is due, and it comes
    # first, before the report's own day)
    text = (
        "Sở Giao thông vận tải sớm bàn giao trong năm 2026 tuyến đường tránh cho Ủy ban nhân "
        "dân huyện quản lý, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 01 năm 2027."
    )
    assert _read(text, date(2026, 3, 2), calendar) == (
        "trong năm 2026",
        DeadlineKind.BY,
        date(2026, 12, 31),
    )


_SURVEY = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 41/KH-UBND
Hòa Bình, ngày 03 tháng 10 năm 2025

KẾ HOẠCH
Điều tra hiện trạng nhà ở nông thôn năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nắm chắc hiện trạng nhà ở nông thôn trên địa bàn tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
- Hướng dẫn nghiệp vụ điều tra cho các xã.
Thời gian thực hiện: Tháng 10/2025.
2. Ủy ban nhân dân các xã
- Theo dõi, nhắc nhở các hộ gia đình trên địa bàn kê khai phiếu điều tra.
Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc điều tra.
- Tổng hợp phiếu điều tra của các hộ gia đình để gửi Sở Xây dựng theo thời hạn.
Thời hạn hoàn thành: Trước ngày 20/01/2026.
"""


def test_an_item_keeps_its_own_undated_time(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    letter = parse_text(_SURVEY + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    watched = next(a for a in letter.actions if a.text.startswith("Theo dõi, nhắc nhở"))
    assert watched.deadline_kind is DeadlineKind.NONE
    assert watched.deadline_text is None
    summed = next(a for a in letter.actions if a.text.startswith("Tổng hợp phiếu"))
    assert summed.deadline_text == "Trước ngày 20/01/2026"


def test_the_latest_to_a_days_end_or_an_hour(calendar: WorkingCalendar) -> None:
    issued = date(2026, 3, 2)
    latest = "Các xã gửi danh sách về Sở chậm nhất đến hết ngày 15/7/2026."
    assert _read(latest, issued, calendar) == (
        "chậm nhất đến hết ngày 15/7/2026",
        DeadlineKind.BY,
        date(2026, 7, 15),
    )
    # (an hour of the day, its minutes set off by a comma: that day)
    hour = "Các phòng gửi ý kiến trước 16 giờ 30 phút, ngày 16/7/2026 để tổng hợp."
    assert _read(hour, issued, calendar) == (
        "trước 16 giờ 30 phút, ngày 16/7/2026",
        DeadlineKind.BY,
        date(2026, 7, 16),
    )
