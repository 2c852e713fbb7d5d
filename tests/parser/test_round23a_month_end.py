"""Round 23a: a letter's items are dated by the end of a month or year written without
"trong": "bảo đảm đến hết năm 2025 không còn vướng mắc", "xong cuối tháng 12 năm 2025", and a
closing sentence "... bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm ... nêu trên" that
dates every item above it whose own text has none. Round 22 read only "trong tháng M năm Y",
so the items and the closing sentence set no deadline."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.round23a_letters import letter

_LETTER = letter(
    """
Bộ Nội vụ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập
trung chỉ đạo một số nội dung cụ thể sau:
**1. Về tổ chức bộ máy**
- Rà soát chức năng, nhiệm vụ của các phòng chuyên môn cấp xã để điều chỉnh kịp thời.
- Tập trung tháo gỡ các vướng mắc về thẩm quyền, bảo đảm đến *hết năm 2025* không còn
vướng mắc ở địa phương.
**2. Về đội ngũ công chức**
- Cấp ủy, chính quyền địa phương tập trung bố trí công chức chuyên môn, xong cuối tháng 10
năm 2025.
- Tăng cường bồi dưỡng nghiệp vụ cho công chức cấp xã.
Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương chỉ đạo
thực hiện, bảo đảm đến *hết tháng 12 năm 2025* giải quyết dứt điểm các vướng mắc về 02
nội dung nêu trên./.
""",
)


def test_month_and_year_ends_date_the_items_and_the_closing_sentence_the_rest(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.deadline_text, a.deadline, a.deadline_kind) for a in actions] == [
        ("đến hết tháng 12 năm 2025", date(2025, 12, 31), DeadlineKind.BY),
        ("đến hết năm 2025", date(2025, 12, 31), DeadlineKind.BY),
        ("cuối tháng 10 năm 2025", date(2025, 10, 31), DeadlineKind.BY),
        ("đến hết tháng 12 năm 2025", date(2025, 12, 31), DeadlineKind.BY),
    ]
