"""Round 35j: a collective body's signature "T/M BAN THƯỜNG VỤ" over the signer's name, no
title under it, then an annex headed "PHỤ LỤC": the signer signs for the body (title "BAN
THƯỜNG VỤ"); the annex's heading is no title (the parser took "PHỤ LỤC" for the title and
lost the name).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RULES = """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH TỈNH
*

Số 12-QĐ/TU

Hà Nội, ngày 03 tháng 11 năm 2025

QUY ĐỊNH
về chia sẻ dữ liệu trong các cơ quan đảng

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc chia sẻ dữ liệu trong các cơ quan đảng.

Điều 2. Trách nhiệm thi hành

Văn phòng Tỉnh ủy chủ trì, hướng dẫn, kiểm tra việc thực hiện Quy định này.

Nơi nhận:
- Các huyện ủy,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
Lê Thị Hồng

PHỤ LỤC

DANH SÁCH DỮ LIỆU CÁC CƠ QUAN ĐẢNG

STT
Dữ liệu
"""


def test_collective_signer(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_RULES, org, calendar)
    assert record.signer is not None
    assert record.signer.capacity == "TM."
    assert record.signer.title == "BAN THƯỜNG VỤ"
    assert record.signer.name == "Lê Thị Hồng"
