"""Round 13a: an item that opens with "Nghiêm chỉnh chấp hành", "Chấp hành" or "Tuân thủ"
commands as "Nghiêm túc thực hiện" does, even where no heading says the items are tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round13a_letters import department_letter, first_words

_LETTER = department_letter(
    "433/SXD-QLCL",
    "bảo đảm an toàn lao động trong thi công",
    "Các nhà thầu thi công trên địa bàn tỉnh Hà Giang.",
    """Thời gian qua, tình hình mất an toàn lao động trong thi công xây dựng còn diễn biến phức tạp.
1. Nghiêm chỉnh chấp hành các quy định của pháp luật về an toàn lao động trong thi công.
2. Tuân thủ đúng biện pháp thi công đã được phê duyệt.
3. Tăng cường kiểm tra an toàn lao động tại công trường.

""",
    "SỞ XÂY DỰNG",
)


def test_an_item_that_commands_obedience_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert first_words(_LETTER, org, calendar) == ["Nghiêm", "Tuân", "Tăng"]
