"""Round 53c (batch 212/01): a yearly report due on a day the text places in the next year
("Định kỳ hằng năm (trước ngày 30 tháng 01 của năm tiếp theo) báo cáo ..."): the deadline's
words are the whole phrase, the year it falls in included."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 88/GP-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 12 tháng 3 năm 2024
GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tài nguyên nước ngày 21/6/2012;
QUYẾT ĐỊNH:
Điều 1. Cho phép Công ty Cổ phần Nước sạch Sông Trà khai thác, sử dụng nước dưới đất.
Điều 2. Yêu cầu Công ty Cổ phần Nước sạch Sông Trà thực hiện các nội dung sau:
1. Định kỳ hằng năm (trước ngày 30 tháng 01 của năm tiếp theo) báo cáo tình hình khai thác
nước dưới đất về Sở Tài nguyên và Môi trường.
2. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
""" + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền")


def test_the_next_years_day_is_in_the_deadlines_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = parse_text(_LETTER, org, calendar).actions[0]
    assert first.deadline_text == "trước ngày 30 tháng 01 của năm tiếp theo"
    assert first.deadline is not None and first.deadline.year == 2025
