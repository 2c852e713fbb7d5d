"""Round 41f: the State Treasury as letters write it ("KBNN") is a body: "Đề nghị KBNN các
tỉnh, thành phố rà soát ..." asks it (154/02); a body a relative clause qualifies ("KBNN nơi
thu NSNN (nếu có)", a form's field) names it, no sentence of its own (143/01)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\n\nSố: 3400/KBNN-KTNN\n\n"
    "Hà Nội, ngày 10 tháng 12 năm 2015\n\nKính gửi: KBNN các tỉnh, thành phố\n\n"
    "Giấy nộp tiền ghi đủ các thông tin sau:\n\n"
    "1. Mã chương\n\n2. KBNN nơi thu NSNN (nếu có)\n\n"
    "Đề nghị KBNN các tỉnh, thành phố rà soát các khoản thu trên địa bàn.\n"
) + signed("KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC")


def test_treasury_asked(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [(a.text[:30], a.lead_unit) for a in actions] == [
        # (the treasuries across the provinces, as the letter names them: README, 154/02)
        ("Đề nghị KBNN các tỉnh, thành p", "KBNN các tỉnh, thành phố"),
    ]
