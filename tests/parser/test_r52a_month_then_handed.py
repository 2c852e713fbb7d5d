"""Round 52a (batch 197): a numbered task that opens with the month it is due in and then
hands the work to a body ("Trong tháng 4 năm 2021, giao Vụ Chính sách chủ trì ...") has that
body as its lead, as the same task without its month does, not the intro's bodies."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_BODY = """Tổng cục Thuế đề nghị các đơn vị thực hiện một số nhiệm vụ sau:
1. Trong tháng 4 năm 2021, giao Vụ Chính sách chủ trì, phối hợp với các đơn vị thành lập Tổ
công tác triển khai Nghị quyết.
2. Vụ Pháp chế chủ trì tổng hợp vướng mắc báo cáo Tổng cục Thuế."""


def test_the_month_then_the_body_handed_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = TCT_4153 + _BODY + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    actions = parse_text(text, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Vụ Chính sách", "Vụ Pháp chế"]
