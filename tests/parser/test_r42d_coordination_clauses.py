"""Round 42d: a coordination regulation's follow-up chapter (quy chế phối hợp between two
services): a partner named with the body above it in brackets keeps it ("Phối hợp với Cục Tin
học (Tổng cục Thống kê)"); a clause that names no subject but the bodies taking turns at the
work ("... theo hình thức luân phiên giữa Tổng cục Thống kê và Tổng cục Hải quan") is theirs,
the first leading; two plurals each with its own "các" ("Các Cục Hải quan tỉnh và các Cục Thống
kê tỉnh") are two bodies, the first leading; a month of every year ("định kỳ tháng 11 hàng năm")
is due on its last day; and the annexes after a regulation the decision issues are the
regulation's content, no tasks."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.actions import find_actions
from directives.parser.clean import fold_keep, fold_lines
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind
from tests.parser.signed import signed

_CHAPTER = [
    "Chương 3",
    "TỔ CHỨC THỰC HIỆN",
    "Điều 12. Trách nhiệm của các đơn vị thuộc Tổng cục Hải quan",
    "1. Cục Công nghệ thông tin hải quan chịu trách nhiệm:",
    "a) Xây dựng hệ thống kết nối dữ liệu với Tổng cục Thống kê;",
    "b) Phối hợp với Cục Tin học (Tổng cục Thống kê) xử lý kịp thời khi có sự cố hệ thống.",
    "Điều 13. Chế độ giao ban, tổng kết",
    "1. Định kỳ hàng năm tổ chức hội nghị sơ kết đánh giá kết quả thực hiện Quy chế này theo"
    " hình thức luân phiên giữa Tổng cục Thống kê và Tổng cục Hải quan.",
    "2. Các Cục Hải quan tỉnh, thành phố và các Cục Thống kê tỉnh, thành phố định kỳ tháng 11"
    " hàng năm tổ chức sơ kết, gửi báo cáo về đầu mối của hai Tổng cục.",
]


def test_the_follow_up_chapters_clauses(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    found = find_actions(_CHAPTER, fold_lines(_CHAPTER), org, calendar, date(2019, 11, 20), False)
    by_text = {a.text[:20]: a for a in found.actions}
    partner = by_text["Phối hợp với Cục Tin"]
    assert partner.lead_unit == "Cục Công nghệ thông tin hải quan"
    assert partner.coordinating_units == ["Cục Tin học (Tổng cục Thống kê)"]
    turns = by_text["Định kỳ hàng năm tổ "]
    assert turns.lead_unit == "Tổng cục Thống kê"
    assert turns.coordinating_units == ["Tổng cục Hải quan"]
    both = by_text["Các Cục Hải quan tỉn"]
    assert both.lead_unit == "Các Cục Hải quan tỉnh, thành phố"
    assert both.coordinating_units == ["các Cục Thống kê tỉnh, thành phố"]
    assert both.deadline_kind == DeadlineKind.YEARLY
    # (30/11/2019 a Saturday: the next working day, as for "trong tháng M năm Y", README)
    assert both.deadline == date(2019, 12, 2)


def test_a_month_of_every_year_is_due_on_its_last_day(calendar: WorkingCalendar) -> None:
    text = "các Cục Thống kê định kỳ tháng 11 hàng năm tổ chức sơ kết"
    due = find_deadline(text, fold_keep(text), date(2017, 11, 23), calendar)
    assert due is not None
    assert (due.kind, due.deadline, due.text) == (
        DeadlineKind.YEARLY,
        date(2017, 11, 30),
        "tháng 11 hàng năm",
    )
    later = find_deadline(text, fold_keep(text), date(2017, 12, 5), calendar)
    assert later is not None and later.deadline == date(2018, 11, 30)


_DECISION = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1234/QĐ-BTC Hà Nội, ngày 20 tháng 11 năm 2019

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp giữa Tổng cục Hải quan và Tổng cục Thống kê

BỘ TRƯỞNG BỘ TÀI CHÍNH

Căn cứ Luật Hải quan số 54/2014/QH13 ngày 23 tháng 6 năm 2014;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Tổng cục Hải quan và Tổng cục
Thống kê.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Tổng cục trưởng Tổng cục Hải quan,
Tổng cục trưởng Tổng cục Thống kê chịu trách nhiệm thi hành Quyết định này./.
"""

_REGULATION = """

QUY CHẾ
PHỐI HỢP GIỮA TỔNG CỤC HẢI QUAN VÀ TỔNG CỤC THỐNG KÊ
(Ban hành kèm theo Quyết định số 1234/QĐ-BTC ngày 20 tháng 11 năm 2019 của Bộ trưởng Bộ Tài
chính)

Chương 1
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc trao đổi thông tin giữa hai Tổng cục.

Chương 2
TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm thi hành
Tổng cục Hải quan, Tổng cục Thống kê có trách nhiệm triển khai thực hiện Quy chế này.

PHỤ LỤC 1
DANH MỤC THÔNG TIN TRAO ĐỔI
(Ban hành kèm theo Quyết định số 1234/QĐ-BTC ngày 20 tháng 11 năm 2019)

1. Tên doanh nghiệp: Cục Thuế cập nhật hằng ngày.
2. Mã số thuế: Cục Hải quan tra cứu qua hệ thống.
"""


def test_the_regulations_annex_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION + signed("BỘ TRƯỞNG") + _REGULATION, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Tổng cục Hải quan"]
