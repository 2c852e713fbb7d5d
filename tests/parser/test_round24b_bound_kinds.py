"""Round 24b: a provincial decision's article on carrying it out opens with those its rule
binds, named by their kinds: "1. Tổ chức, cá nhân có trách nhiệm tuân thủ các quy định về
hành lang bảo vệ đê điều ...". A clause naming bodies and their work is a task, its lead
"Tổ chức, cá nhân" as written; the parser found no body in it ("Tổ chức" read as the verb)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Điều 1. Phạm vi điều chỉnh
Quyết định này quy định phạm vi hành lang bảo vệ đối với đê cấp IV, cấp V.
Điều 2. Tổ chức thực hiện
1. Tổ chức, cá nhân có trách nhiệm tuân thủ các quy định về hành lang bảo vệ đê điều.
2. Ủy ban nhân dân cấp xã có trách nhiệm quản lý và bảo vệ hành lang đê trên địa bàn.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.
"""


def test_kinds_bound_by_the_rule_lead_their_clause(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in decision(_BODY, org, calendar).actions]
    assert leads == ["Tổ chức, cá nhân", "Ủy ban nhân dân cấp xã"]
