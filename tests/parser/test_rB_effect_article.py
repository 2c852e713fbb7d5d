"""Branch rB: in a regulation's follow-up chapter ("Chương III / TỔ CHỨC THỰC HIỆN") an
article titled for the regulation's effect ("Điều 11. Hiệu lực thi hành") that also tells the
bodies to carry the regulation out ("2. Thủ trưởng các đơn vị ... chịu trách nhiệm thi hành
Quy chế này") gives that task, by README's line on "... thi hành Quy chế này" (197/03 action
4; 136/01 and 71/02 carry the same clause in articles titled for it). The parser kept only
the chapter's articles titled for duties, so the clause was dropped with the effect clause."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 5. Phân công trách nhiệm

Sở Công Thương có trách nhiệm chủ trì theo dõi, đôn đốc việc thực hiện Quy chế.

Điều 6. Hiệu lực thi hành

1. Quy chế này có hiệu lực thi hành kể từ ngày ký.

2. Thủ trưởng các đơn vị liên quan thuộc Sở Công Thương và Sở Tài chính chịu trách nhiệm thi
hành Quy chế này./.
"""


def test_the_effect_article_gives_its_carrying_out_clause(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    texts = [a.text for a in actions]
    assert texts[-1].startswith("Thủ trưởng các đơn vị liên quan thuộc Sở Công Thương")
    assert actions[-1].lead_unit == "các đơn vị liên quan thuộc Sở Công Thương và Sở Tài chính"
    assert not any("có hiệu lực" in t for t in texts)
