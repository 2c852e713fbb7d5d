"""Round 43a: two deadline phrases of the Government Office's letters. "... báo cáo Chính phủ
tại phiên họp Chính phủ thường kỳ tháng 8 năm 2015" takes the report to that month's session,
`by` the month's last day (README, session 20, as 21/06), while a session a task only cites
("Thực hiện kết luận tại phiên họp ... tháng 7 năm 2015") dates nothing; a period of working
days counted from the receipt of something other than the letter ("kể từ ngày nhận được ý kiến
thẩm định của Hội đồng") starts on a day no one knows and dates nothing, while one counted from
the letter's own receipt ("kể từ ngày nhận được Công văn này") still does.
"""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 6410/VPCP-KTTH
V/v kế hoạch đầu tư công trung hạn
Hà Nội, ngày 11 tháng 8 năm 2015

Kính gửi:
- Các Bộ: Kế hoạch và Đầu tư, Tài chính, Y tế;
- Ủy ban Dân tộc.

Xét đề nghị của Bộ Kế hoạch và Đầu tư (văn bản số 5821/BKHĐT-TH ngày 30 tháng 7 năm 2015), \
Phó Thủ tướng Nguyễn Văn An có ý kiến như sau:

1. Các Bộ trong thời hạn 05 ngày làm việc, kể từ ngày nhận được ý kiến thẩm định của Hội đồng \
thẩm định phải hoàn thiện hồ sơ kế hoạch, gửi Bộ Kế hoạch và Đầu tư để tổng hợp;

2. Bộ Kế hoạch và Đầu tư tổng hợp chung kế hoạch đầu tư công trung hạn, báo cáo Chính phủ tại \
phiên họp Chính phủ thường kỳ tháng 9 năm 2015.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTTH (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_report_to_a_months_session_is_due_by_its_end(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    second = parse_text(_LETTER, org, calendar).actions[1]
    assert second.lead_unit == "Bộ Kế hoạch và Đầu tư"
    assert second.deadline == date(2015, 9, 30)
    assert second.deadline_kind is DeadlineKind.BY
    assert second.deadline_text == "tại phiên họp Chính phủ thường kỳ tháng 9 năm 2015"


def test_a_session_cited_dates_nothing(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    cited = _LETTER.replace(
        ", báo cáo Chính phủ tại phiên họp Chính phủ thường kỳ tháng 9 năm 2015.",
        " theo kết luận tại phiên họp Chính phủ thường kỳ tháng 7 năm 2015.",
    )
    second = parse_text(cited, org, calendar).actions[1]
    assert second.text.endswith("thường kỳ tháng 7 năm 2015")
    assert second.deadline_kind is DeadlineKind.NONE


def test_days_from_another_receipt_date_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = parse_text(_LETTER, org, calendar).actions[0]
    assert first.deadline is None
    assert first.deadline_kind is DeadlineKind.NONE


def test_days_from_the_letters_own_receipt_still_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    own = _LETTER.replace(
        "kể từ ngày nhận được ý kiến thẩm định của Hội đồng thẩm định phải",
        "kể từ ngày nhận được Công văn này phải",
    )
    assert own != _LETTER
    first = parse_text(own, org, calendar).actions[0]
    assert first.deadline_kind is DeadlineKind.WITHIN_WORKING_DAYS
