"""Round 53c (batch 212/01): an item's line that ends on a colon inside a bracket it leaves
open ("... giếng QN1 (X: 1674461; Y: 263639) và QN2 (X:" / "1674438; Y: 263728) ...") is
no intro over a paragraph of its own: the item runs on, its task whole."""

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
1. Lắp đặt thiết bị đo mực nước tại các giếng quan trắc QN1 (X: 1674461; Y: 263639) và QN2 (X:
1674438; Y: 263728) và thiết bị đo lưu lượng tại các giếng khai thác của công trình.
2. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
""" + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền")


def test_the_item_runs_on_past_the_brackets_colon(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = parse_text(_LETTER, org, calendar).actions[0]
    assert first.text.startswith("Lắp đặt thiết bị đo mực nước")
    assert first.text.endswith("tại các giếng khai thác của công trình")
