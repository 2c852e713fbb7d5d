"""Round 53c (batch 212/02): an item whose number lost its dot ("6. ..." / "7 Phối hợp với
..." / "8. ...") read as more of the item above it, its task lost. The number that comes
between its neighbours' own, after a sentence's end and before a capital, opens that item."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import quang_ngai_permit
from tests.parser.signed import signed

_LETTER = (
    quang_ngai_permit("mặt")
    + """\
1. Lắp đặt thiết bị đo lưu lượng nước trong quá trình khai thác.
2. Trường hợp thiếu nước cho sinh hoạt, phải điều chỉnh chế độ vận hành cho phù hợp.
3 Phối hợp với chính quyền địa phương trong việc bảo vệ nguồn nước.
4. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
"""
    + signed("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền")
)


def test_the_item_that_lost_its_dot_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    texts = [a.text for a in parse_text(_LETTER, org, calendar).actions]
    assert "Phối hợp với chính quyền địa phương trong việc bảo vệ nguồn nước" in texts
    assert texts[1].endswith("cho phù hợp")
