"""Round 24b: a council resolution's "Điều 2. Đối tượng áp dụng" lists those its rule
concerns; an item that names bodies by their kind with a qualifier of its own ("2. Các cơ
quan, tổ chức, cá nhân có liên quan đến việc đảm bảo kinh phí ...") names them, gives them
nothing to do. The parser read it as a task of "Các cơ quan, tổ chức, cá nhân có liên quan"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định nội dung chi, mức chi cho công tác xây dựng văn bản.
Điều 2. Đối tượng áp dụng
1. Cơ quan, tổ chức, cá nhân tham gia công tác xây dựng văn bản trên địa bàn tỉnh.
2. Các cơ quan, tổ chức, cá nhân có liên quan đến việc đảm bảo kinh phí phục vụ công tác xây
dựng văn bản trên địa bàn tỉnh.
Điều 3. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
"""


def test_the_scope_articles_items_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in decision(_BODY, org, calendar).actions]
    assert leads == ["Ủy ban nhân dân tỉnh"]
