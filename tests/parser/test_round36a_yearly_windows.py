"""Round 36a: days of every year read as their wording says (README: a phrase repeated "hằng
năm" is `yearly`, dated at its first occurrence after the letter's date, "trước ngày X" the last
working day before X, "hạn cuối ngày X" on X).

- A window of days every year ("từ ngày 16 đến ngày 31 tháng 12 hằng năm", or "... gửi báo cáo
  về Sở X từ ngày 10 đến ngày 15 tháng 12" in a clause opened by "Hằng năm,", however long the
  clause) is due on its last day, the whole window its text (the parser read "đến ngày 31 ...
  hằng năm" as "before", and the opened clause's window as a one-off "đến ngày 15 tháng 12").
- "chậm nhất ngày X hằng năm", "ngày X hàng năm": on X, not the day before.
- "Trong quý I của năm liền kề đánh giá": the quarter of the year after each one rated, yearly
  at the quarter's end next to come (the parser read it as the quarter of one year, "Trong quý
  I"); a quarter with its year ("trong quý I năm 2026") stays `quarter`.
- A window in a one-off sentence keeps its one date ("đến ngày 15 tháng 12", `by`).
"""

from __future__ import annotations

from datetime import date

import pytest

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind

_ISSUED = date(2025, 11, 21)  # a Friday


@pytest.mark.parametrize(
    ("text", "due", "kind", "phrase"),
    [
        (
            "Sở Tài chính tổng hợp kết quả từ ngày 16 đến ngày 31 tháng 12 hằng năm",
            date(2025, 12, 31),
            DeadlineKind.YEARLY,
            "từ ngày 16 đến ngày 31 tháng 12 hằng năm",
        ),
        (
            "Hằng năm, các cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân xã, phường xây dựng báo "
            "cáo, tiến hành tự chấm điểm, tự đánh giá, xếp loại công tác cải cách hành chính và "
            "thực hiện quy chế dân chủ ở cơ sở tại cơ quan, đơn vị mình và gửi báo cáo về Sở Nội "
            "vụ từ ngày 10 đến ngày 15 tháng 12",
            date(2025, 12, 15),
            DeadlineKind.YEARLY,
            "từ ngày 10 đến ngày 15 tháng 12",
        ),
        (
            "Các sở gửi báo cáo về Sở Nội vụ chậm nhất ngày 20 tháng 12 hằng năm",
            date(2025, 12, 22),  # 20/12/2025 is a Saturday: the next working day
            DeadlineKind.YEARLY,
            "chậm nhất ngày 20 tháng 12 hằng năm",
        ),
        (
            "Các sở gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 12 hằng năm",
            date(2025, 12, 12),
            DeadlineKind.YEARLY,
            "trước ngày 15 tháng 12 hằng năm",
        ),
        (
            "Trong quý I của năm liền kề đánh giá, Sở Nội vụ rà soát kết quả chấm điểm",
            date(2026, 3, 31),
            DeadlineKind.YEARLY,
            "Trong quý I của năm liền kề đánh giá",
        ),
        (
            "Sở Nội vụ rà soát kết quả chấm điểm trong quý I năm 2026",
            date(2026, 3, 31),
            DeadlineKind.QUARTER,
            "trong quý I năm 2026",
        ),
        (
            "Các sở gửi hồ sơ về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12 năm 2025",
            date(2025, 12, 15),
            DeadlineKind.BY,
            "đến ngày 15 tháng 12 năm 2025",
        ),
    ],
)
def test_days_of_every_year_read_as_written(
    text: str, due: date, kind: DeadlineKind, phrase: str, calendar: WorkingCalendar
) -> None:
    found = find_deadline(text, fold_keep(text), _ISSUED, calendar)
    assert found is not None
    assert (found.deadline, found.kind, found.text) == (due, kind, phrase)
