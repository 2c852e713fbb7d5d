"""Round 40o: a page that runs the addressees' line into the first sentence ("Kính gửi: Sở
Tài chính các tỉnh, thành phố trực thuộc Trung ương Ngày 12 tháng 3 năm 2026, Bộ Tài chính
ban hành Thông tư số ...") still opens that sentence with its date: the document its subject
issued is dated that day, as when the sentence stands on a line of its own."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "BỘ TÀI CHÍNH\n\nSố: 215/BTC-QLCS\n\nHà Nội, ngày 20 tháng 3 năm 2026\n\n"
    "V/v hướng dẫn quản lý tài sản công\n\n"
    "Kính gửi: Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương{gap}Ngày 12 tháng 3 năm "
    "2026, Bộ Tài chính ban hành Thông tư số 15/2026/TT-BTC hướng dẫn quản lý tài sản công. "
    "Bộ Tài chính đề nghị Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương triển khai "
    "thực hiện.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n"
)


def _dated(gap: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, date | None]]:
    references = parse_text(_PAGE.format(gap=gap), org, calendar).references
    return [(r.number, r.issued_on) for r in references]


def test_the_date_after_the_run_on_addressees(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _dated(" ", org, calendar) == [("15/2026/TT-BTC", date(2026, 3, 12))]


def test_as_on_a_line_of_its_own(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _dated("\n\n", org, calendar) == [("15/2026/TT-BTC", date(2026, 3, 12))]
