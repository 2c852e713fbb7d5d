"""Round r41e: in a regulation's follow-up chapter ("Chương III / TỔ CHỨC THỰC HIỆN"), an
article on the reports and meetings the bodies hold on the rules ("Điều 12. Chế độ thông tin
báo cáo", "Điều 17. Chế độ giao ban, tổng kết") gives a task by each clause that names a body
and its work, dated or periodic, as the "Trách nhiệm của X" articles beside it do (README:
session 18's call, the follow-up chapter gives the tasks; 136/01 actions 13-14, 143/01 action
27). The parser kept only the articles titled for duties, and read the periodic clause of an
article it did not take for a heading as no task; an article on funding ("Kinh phí thực
hiện") stays a rule (round 36b)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 5. Trách nhiệm của các đơn vị

Sở Công Thương có trách nhiệm chủ trì theo dõi, đôn đốc việc thực hiện Quy chế.

Điều 6. Kinh phí thực hiện

Kinh phí quản lý chợ được ngân sách nhà nước bảo đảm; Sở Tài chính hướng dẫn việc sử dụng.

Điều 7. Chế độ thông tin báo cáo

1. Sở Công Thương định kỳ ngày 25 hàng tháng có trách nhiệm tổng hợp tình hình quản lý chợ
gửi Văn phòng Ủy ban nhân dân tỉnh.

2. Định kỳ hàng quý các sở, ngành có trách nhiệm gửi báo cáo về Sở Công Thương.

Điều 8. Chế độ giao ban, tổng kết

Ủy ban nhân dân các huyện định kỳ tháng 11 hàng năm tổ chức sơ kết, đánh giá việc thực
hiện Quy chế.

Điều 9. Trách nhiệm thi hành

Giám đốc Sở Công Thương, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành Quy chế này./.
"""


def test_the_reporting_articles_give_their_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    texts = [a.text for a in actions]
    assert any(t.startswith("Sở Công Thương định kỳ ngày 25 hàng tháng") for t in texts)
    assert any(t.startswith("Định kỳ hàng quý các sở, ngành") for t in texts)
    sums = [a for a in actions if "tổ chức sơ kết" in a.text]
    assert [a.lead_unit for a in sums] == ["Ủy ban nhân dân các huyện"]


def test_the_funding_article_stays_a_rule(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert not any("Sở Tài chính" in a.text for a in actions)
