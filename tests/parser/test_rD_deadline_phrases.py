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

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind
from tests.parser.signed import signed

# One case a line: the letter's date | the task's text | the phrase read | its kind | its due
# date ("-" for the last three when nothing in the text is a deadline). 31/8/2025 is a
# Sunday and 01-02/9 the National Day: the next working day; a report every quarter is no day
# of every year; "bàn giao" ends the work as "hoàn thành" does, the year coming first; an
# hour of the day, its minutes set off by a comma, is that day; the span a report's figures
# count ("số liệu tính từ ngày X đến ngày Y", "số liệu đến ngày Y") is no due date.
_CASES = """
2025-04-02 | Các trường học hoàn thành số hóa học bạ chậm nhất trong tháng 8/2025. \
    | chậm nhất trong tháng 8/2025 | by | 2025-09-03
2025-04-02 | Đưa phần mềm vào vận hành chậm nhất trong quý III/2025. \
    | chậm nhất trong quý III/2025 | quarter | 2025-09-30
2025-03-10 | Các đơn vị định kỳ hằng năm (trước ngày 20/12 trong năm) hoặc đột xuất rà soát. \
    | trước ngày 20/12 trong năm | yearly | 2025-12-19
2025-03-10 | Các xã định kỳ báo cáo kết quả thực hiện trước ngày 25/10 về Sở Nông nghiệp. \
    | trước ngày 25/10 | yearly | 2025-10-24
2025-06-01 | Gửi báo cáo định kỳ về tình hình khai thác cát (trước ngày 10 tháng 3) về Sở. \
    | trước ngày 10 tháng 3 | yearly | 2026-03-09
2025-03-10 | Định kỳ báo cáo hằng quý (trước ngày 10/4) về Sở Tài chính. \
    | trước ngày 10/4 | before | 2025-04-09
2025-03-10 | Các trạm y tế nhận người bệnh mà các phòng khám trước 01/01/2025 là tuyến xã. \
    | - | - | -
2025-03-10 | Hồ sơ đã nộp trước ngày 01/3/2025 thì cơ quan tiếp nhận tiếp tục giải quyết. \
    | - | - | -
2025-03-10 | Các phòng gửi báo cáo trước ngày 15/4/2025. \
    | trước ngày 15/4/2025 | before | 2025-04-14
2026-03-02 | Sở Giao thông vận tải sớm bàn giao trong năm 2026 tuyến đường tránh cho huyện, \
    báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 01 năm 2027. \
    | trong năm 2026 | by | 2026-12-31
2026-03-02 | Các xã gửi danh sách về Sở chậm nhất đến hết ngày 15/7/2026. \
    | chậm nhất đến hết ngày 15/7/2026 | by | 2026-07-15
2026-03-02 | Các phòng gửi ý kiến trước 16 giờ 30 phút, ngày 16/7/2026 để tổng hợp. \
    | trước 16 giờ 30 phút, ngày 16/7/2026 | by | 2026-07-16
2026-03-02 | Các xã báo cáo kết quả (số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026) gửi \
    Sở Tài chính trước ngày 20/6/2026. \
    | trước ngày 20/6/2026 | before | 2026-06-19
2026-03-02 | Các trường gửi số liệu đến ngày 30/6/2026 về Sở Giáo dục trước ngày 10/7/2026. \
    | trước ngày 10/7/2026 | before | 2026-07-09
"""


def _cases() -> list[tuple[date, str, tuple[str, DeadlineKind, date] | None]]:
    out: list[tuple[date, str, tuple[str, DeadlineKind, date] | None]] = []
    for line in _CASES.replace("\\\n    ", "").strip().splitlines():
        issued, text, phrase, kind, due = (part.strip() for part in line.split(" | "))
        read = None if phrase == "-" else (phrase, DeadlineKind(kind), date.fromisoformat(due))
        out.append((date.fromisoformat(issued), text, read))
    return out


@pytest.mark.parametrize(("issued", "text", "expected"), _cases())
def test_a_deadline_phrase(
    issued: date,
    text: str,
    expected: tuple[str, DeadlineKind, date] | None,
    calendar: WorkingCalendar,
) -> None:
    found = find_deadline(text, fold_keep(text), issued, calendar)
    assert (None if found is None else (found.text, found.kind, found.deadline)) == expected


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
