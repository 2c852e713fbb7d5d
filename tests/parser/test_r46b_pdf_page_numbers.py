"""Round 46b: a PDF's text sets a page's number right under the page's last line, the
sentence that page cut going on after it ("... thực hiện nhiệm vụ" / "3" / "" / "được giao.",
or with no blank line at all): the number is dropped and the sentence is one, as it is where
blank lines stand around the number."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 415/UBND-KT
Hà Nam, ngày 18 tháng 6 năm 2026
V/v đẩy nhanh giải ngân vốn đầu tư công

Kính gửi: Các sở, ngành tỉnh

UBND tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:
1. Sở Tài chính chủ động và thể hiện rõ vai trò của cơ quan quản lý trong việc kiểm tra, \
đôn đốc thực hiện nhiệm vụ """
_TAIL = """được giao trong năm 2026.
2. Sở Xây dựng kiểm tra các công trình trọng điểm của tỉnh./."""


@pytest.mark.parametrize("page", ["\n2 \n \n", "\n2\n", "\n3 \n \n"])
def test_a_page_number_under_the_page_s_last_line_is_dropped(
    org: OrgDirectory, calendar: WorkingCalendar, page: str
) -> None:
    text = _HEAD + page + _TAIL + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    record = parse_text(text, org, calendar)
    assert record.actions[0].text.endswith("thực hiện nhiệm vụ được giao trong năm 2026")


_ENDED = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 416/UBND-KT
Hà Nam, ngày 18 tháng 6 năm 2026
V/v tổ chức hội nghị

Kính gửi: Các sở, ngành tỉnh

1. Sở Tài chính bố trí kinh phí tổ chức hội nghị trước ngày 25/6/2026.
2
2. Sở Nội vụ tổng hợp danh sách đại biểu tham dự hội nghị./."""


def test_a_page_number_under_a_sentence_s_end_is_dropped(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_ENDED + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert record.actions[0].text.endswith("trước ngày 25/6/2026")
    assert len(record.actions) == 2
