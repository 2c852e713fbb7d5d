"""Round 53c (batch 212/01): a yearly report due on a day the text places in the next year
("Định kỳ hằng năm (trước ngày 30 tháng 01 của năm tiếp theo) báo cáo ..."): the deadline's
words are the whole phrase, the year it falls in included."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import quang_ngai_permit
from tests.parser.signed import signed

_LETTER = (
    quang_ngai_permit("dưới đất")
    + """\
1. Định kỳ hằng năm (trước ngày 30 tháng 01 của năm tiếp theo) báo cáo tình hình khai thác
nước dưới đất về Sở Tài nguyên và Môi trường.
2. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
"""
    + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền")
)


def test_the_next_years_day_is_in_the_deadlines_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = parse_text(_LETTER, org, calendar).actions[0]
    assert first.deadline_text == "trước ngày 30 tháng 01 của năm tiếp theo"
    assert first.deadline is not None and first.deadline.year == 2025
