"""Round 36b: a follow-up clause whose task is followed, in the same paragraph, by the sentence
telling bodies of its own where to send their difficulties ("... . Trong quá trình thực hiện
nếu có vướng mắc các cơ quan, đơn vị phản ánh về Sở X để tổng hợp ..."): that sentence is no
task (README) and no part of the task before it, which ends at its own full stop; a sentence
with no subject of its own ("..., kịp thời tổng hợp, báo cáo ...") stays in the text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 9. Tổ chức thực hiện

1. Sở Công Thương có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế này. Trong quá
trình thực hiện nếu có vướng mắc các cơ quan, đơn vị phản ánh về Sở Công Thương để tổng hợp
báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.

2. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện Quy chế này. Trong quá trình thực
hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.
"""


def test_the_sentence_to_all_leaves_the_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Công Thương", "Sở Tài chính"]
    assert actions[0].text == (
        "Sở Công Thương có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế này"
    )


def test_the_bodys_own_report_stays(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert actions[1].text.endswith("kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh")
