"""Round 25a: a decision's article that opens with its effect ("Điều 2. Quyết định này có hiệu
lực kể từ ngày ký.") and goes on, in the same paragraph, to hand work to bodies ("Giao Sở X
chủ trì ..."): the effect sentence is a closing formula, the sentences after it are tasks. The
parser took the whole article for the formula and found no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    77,
    "Về việc công bố Danh mục thủ tục hành chính lĩnh vực thủy lợi",
    """\
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực thủy lợi.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. {task}
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách
nhiệm thi hành Quyết định này./.
""",
)

_GIVEN = (
    "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp Trung tâm Phục vụ hành chính công tỉnh"
    " tổ chức niêm yết công khai Danh mục thủ tục hành chính tại Điều 1 Quyết định này."
)


def test_the_task_after_the_effect_sentence(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION.format(task=_GIVEN), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [
        (_GIVEN.rstrip("."), "Sở Nông nghiệp và Môi trường")
    ]


def test_the_effect_sentence_alone_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert parse_text(_DECISION.format(task=""), org, calendar).actions == []
