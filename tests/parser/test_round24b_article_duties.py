"""Round 24b: a decision's article that names a body and ends in a colon ("Điều 2. Sở Y tế
có trách nhiệm:") heads the numbered items under it, each that body's task. The parser looked
for the body's name in the heading with the article's label still in front of it, found none
and dropped the items."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Sở Y tế có trách nhiệm:
1. Đồng bộ dữ liệu thủ tục hành chính về Cơ sở dữ liệu của tỉnh; Trình Chủ tịch Ủy ban nhân
dân tỉnh phê duyệt quy trình nội bộ trước ngày 26/12/2025.
2. Niêm yết, công khai và giải quyết thủ tục hành chính theo quy định.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký./.
"""


def test_the_article_names_the_body_of_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = decision(_BODY, org, calendar).actions
    assert [(item.lead_unit, item.text[:24]) for item in items] == [
        ("Sở Y tế", "Đồng bộ dữ liệu thủ tục "),
        ("Sở Y tế", "Niêm yết, công khai và g"),
    ]
    assert str(items[0].deadline) == "2025-12-25"
