"""Round 37d: on a page cut at a fixed width, an article's short title on its own line
("Điều 2. Tổ chức thực hiện") over a paragraph that hands a body its task ("Giao Công ty ...
phối hợp với ... thực hiện: ...") is the article's title, as it is over a paragraph opening
on the body's name: the paragraph is the body's task, not more of the title."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_round37b_article_title_line import _LETTER

_ASKED = _LETTER.replace(
    "Công ty Cổ phần Hạ tầng Phía Nam phối hợp với Phòng Quản lý Quy hoạch và Đầu tư\n",
    "Giao Công ty Cổ phần Hạ tầng Phía Nam phối hợp với Phòng Quản lý Quy hoạch và\nĐầu tư ",
)


def test_an_article_title_over_a_paragraph_handing_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_ASKED, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Công ty Cổ phần Hạ tầng Phía Nam"]
    assert record.actions[0].text.startswith("Giao Công ty Cổ phần Hạ tầng Phía Nam phối hợp")
    assert record.actions[0].coordinating_units == ["Phòng Quản lý Quy hoạch và Đầu tư"]
