"""Round 28: a decision's article whose one named body, with partners, is to organise
carrying out the decision ("Điều 2. Giám đốc Sở Công Thương phối hợp với các sở, ban, ngành
có liên quan tổ chức triển khai thực hiện Quyết định này.") hands that work to the body: a
task, whether the article's number stands on its own line or not. The parser read "tổ chức
triển khai thực hiện Quyết định này" as the closing formula; the execution clause ("...
chịu trách nhiệm thi hành Quyết định này") and the plural's "Thủ trưởng các sở, ban, ngành
nghiêm túc thực hiện ..." stay closing formulas."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_TASK = (
    "Giám đốc Sở Công Thương phối hợp với các sở, ban, ngành có liên quan tổ chức triển khai"
    " thực hiện Quyết định này"
)
_ARTICLES = """\
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ trên địa bàn tỉnh.
Điều 2.{gap}{task}.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương và các tổ chức, cá nhân
liên quan chịu trách nhiệm thi hành Quyết định này./.
"""


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_one_body_organises_the_decision(
    org: OrgDirectory, calendar: WorkingCalendar, gap: str
) -> None:
    decision = chairman_decision(
        61, "Ban hành Quy định quản lý chợ", _ARTICLES.format(gap=gap, task=_TASK), executing=4
    )
    actions = parse_text(decision, org, calendar).actions
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in actions] == [
        (_TASK, "Sở Công Thương", [])
    ]


def test_the_plural_urged_stays_a_closing(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    task = "Thủ trưởng các sở, ban, ngành tỉnh tổ chức triển khai thực hiện Quyết định này"
    decision = chairman_decision(
        62, "Ban hành Quy định quản lý chợ", _ARTICLES.format(gap=" ", task=task), executing=4
    )
    assert parse_text(decision, org, calendar).actions == []
