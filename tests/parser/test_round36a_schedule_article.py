"""Round 36a: the chapter on carrying out a regulation issued by a decision ("Chương IV / TỔ CHỨC
THỰC HIỆN") that opens with an article on the time of the work ("Điều 9. Thẩm quyền, trình tự,
thời gian đánh giá, xếp loại / 2. ... / a) Hằng năm, các cơ quan, đơn vị cấp tỉnh và Ủy ban
nhân dân xã, phường xây dựng báo cáo, ... gửi về Sở Nội vụ ...") before its duties article.

- The schedule article is in the follow-up chapter and says who does each step when: its
  clauses give tasks (README: in a regulation "only such an article or chapter gives tasks").
  The parser kept only the chapter's articles titled for duties and dropped it.
- "Các cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân xã, phường xây dựng báo cáo, ...": "xây
  dựng" after a list of bodies is the verb, "báo cáo" its object (the parser read "xây dựng"
  as the end of a name, as in "Cục Kết cấu hạ tầng xây dựng", and found no subject).
- "Trong quý I của năm liền kề đánh giá, Sở Nội vụ chủ trì ...": the quarter opens the
  sentence, its subject after it.
- "3. Trách nhiệm các cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân xã, phường" (no "của"):
  the title's bodies lead its items, the first the lead and the other a joint lead; an item
  naming them short ("các cơ quan, đơn vị ...") keeps the heading's lead.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD

_REGULATION = """
QUY ĐỊNH
TIÊU CHÍ ĐÁNH GIÁ CÔNG TÁC DÂN VẬN TẠI CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH
(Kèm theo Quyết định số 57/2025/QĐ-UBND ngày 14 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định tiêu chí đánh giá công tác dân vận tại các cơ quan nhà nước.

Điều 2. Nguyên tắc đánh giá

Việc đánh giá phải công khai, minh bạch, khách quan.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 3. Thẩm quyền, trình tự, thời gian đánh giá

1. Thẩm quyền đánh giá

Ủy ban nhân dân tỉnh ban hành Quyết định đánh giá công tác dân vận.

2. Trình tự, thời gian đánh giá

a) Hằng năm, các cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân xã, phường xây dựng báo cáo, tự
chấm điểm công tác dân vận tại cơ quan, đơn vị mình và gửi báo cáo về Sở Nội vụ;

b) Trong quý I của năm liền kề đánh giá, Sở Nội vụ chủ trì rà soát kết quả chấm điểm, báo cáo
Ủy ban nhân dân tỉnh xem xét, quyết định.

Điều 4. Trách nhiệm thực hiện

1. Trách nhiệm của Sở Nội vụ

Chủ trì hướng dẫn thực hiện Quy định này.

2. Trách nhiệm các cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân xã, phường

a) Tổ chức triển khai thực hiện Quy định này tại cơ quan, đơn vị mình;

b) Trên cơ sở Quy định này, các cơ quan, đơn vị tự chấm điểm công tác dân vận và gửi về Sở Nội
vụ để tổng hợp./.
"""


def test_the_schedule_article_of_the_follow_up_chapter_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(DECISION_HEAD + _REGULATION, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("các cơ quan, đơn vị cấp tỉnh", "Hằng năm, các cơ quan, đơn vị "),
        ("Sở Nội vụ", "Trong quý I của năm liền kề đá"),
        ("Sở Nội vụ", "Chủ trì hướng dẫn thực hiện Qu"),
        ("các cơ quan, đơn vị cấp tỉnh", "Tổ chức triển khai thực hiện Q"),
        ("các cơ quan, đơn vị cấp tỉnh", "Trên cơ sở Quy định này, các c"),
    ]
    assert actions[0].coordinating_units == ["Ủy ban nhân dân xã, phường"]
    assert actions[3].coordinating_units == ["Ủy ban nhân dân xã, phường"]
