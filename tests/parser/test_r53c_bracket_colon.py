"""Round 53c (batch 212/01): an item's line that ends on a colon inside a bracket it leaves
open ("... giếng QN1 (X: 1674461; Y: 263639) và QN2 (X:" / "1674438; Y: 263728) ...") is
no intro over a paragraph of its own: the item runs on, its task whole."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import quang_ngai_permit
from tests.parser.signed import signed

_LETTER = (
    quang_ngai_permit("dưới đất")
    + """\
1. Lắp đặt thiết bị đo mực nước tại các giếng quan trắc QN1 (X: 1674461; Y: 263639) và QN2 (X:
1674438; Y: 263728) và thiết bị đo lưu lượng tại các giếng khai thác của công trình.
2. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
"""
    + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền")
)


def test_the_item_runs_on_past_the_brackets_colon(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = parse_text(_LETTER, org, calendar).actions[0]
    assert first.text.startswith("Lắp đặt thiết bị đo mực nước")
    assert first.text.endswith("tại các giếng khai thác của công trình")
