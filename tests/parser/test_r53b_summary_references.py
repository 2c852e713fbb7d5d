"""Round 53b (batch 205/02): a công văn's "V/v" line names a document its body never cites.

The "V/v" line is a summary in the header: a document it names takes its place at its first
mention in the body, and one the body never cites (the body citing another plan) comes after
those the body does, not before them."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """UBND XÃ AN PHÚ
VĂN PHÒNG
Số: 315/VP-KT
V/v triển khai Kế hoạch số 88/KH-UBND ngày 02/3/2025 của Ủy ban nhân dân tỉnh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 10 tháng 3 năm 2025
Kính gửi: Phòng Kinh tế xã.

Tiếp nhận Kế hoạch số 85/KH-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh về phát \
triển du lịch nông thôn, Chủ tịch Ủy ban nhân dân xã có ý kiến như sau:
Giao Phòng Kinh tế xã nghiên cứu, tổ chức triển khai thực hiện Kế hoạch.
"""


def test_a_summary_only_reference_comes_last(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_LETTER + signed("CHÁNH VĂN PHÒNG"), org, calendar)
    assert [r.number for r in got.references] == ["85/KH-UBND", "88/KH-UBND"]
