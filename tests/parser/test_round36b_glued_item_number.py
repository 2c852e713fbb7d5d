"""Round 36b: "... không để xảy ra tiêu cực.2. Giao Thường trực ...": a page that lost the line
break before an item glued the next item's number to the full stop ending the one before. The
number, the next one after the item's own, opens the next item: the first item's text ends at
its full stop (README: an item's marker is no part of any text; the parser kept "tiêu cực.2")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import resolution

_CLAUSES = """1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; chỉ đạo chi trả đúng
đối tượng, đúng chính sách và công khai, minh bạch.2. Giao Thường trực Hội đồng nhân
dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân
tỉnh giám sát thực hiện Nghị quyết.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát việc thực hiện Nghị quyết.
"""


def test_the_glued_number_opens_the_next_item(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(resolution(_CLAUSES), org, calendar).actions
    assert actions[0].text.endswith("đúng chính sách và công khai, minh bạch")
    assert actions[1].text.startswith("Giao Thường trực Hội đồng nhân dân tỉnh")
    assert actions[1].lead_unit == "Thường trực Hội đồng nhân dân tỉnh"
    assert len(actions) == 3


def test_a_number_that_is_not_the_next_stays(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # "... tại khoản 2 Điều 5.3. ..." never; a figure after a full stop that is not the next
    # item's number ("... minh bạch.5. Giao ...") is left as written
    text = _CLAUSES.replace("minh bạch.2. Giao", "minh bạch.5. Giao")
    actions = parse_text(resolution(text), org, calendar).actions
    assert "minh bạch.5" in actions[0].text
