"""Round 26: a decision's article that opens with its effect ("Điều 2. Quyết định này có hiệu
lực kể từ ngày ký.") and goes on, in the same paragraph, with bodies named as its subject (no
"Giao"): "Các cơ quan, đơn vị sự nghiệp công lập, UBND cấp xã căn cứ ... tổ chức triển khai
...". The first body leads, the rest of the list coordinates; the parser found no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    78,
    "Ban hành Danh mục dịch vụ sự nghiệp công lĩnh vực thủy lợi",
    """\
Điều 1. Ban hành kèm theo Quyết định này Danh mục dịch vụ sự nghiệp công lĩnh vực thủy lợi.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký. {task}
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách
nhiệm thi hành Quyết định này./.
""",
)

_GIVEN = (
    "Các cơ quan, đơn vị sự nghiệp công lập, UBND cấp xã căn cứ Danh mục dịch vụ sự nghiệp công"
    " quy định tại Điều 1 Quyết định này tổ chức triển khai lựa chọn đơn vị cung cấp dịch vụ."
)


def test_the_bodies_after_the_effect_sentence(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION.format(task=_GIVEN), org, calendar).actions
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in actions] == [
        (_GIVEN.rstrip("."), "Các cơ quan, đơn vị sự nghiệp công lập", ["UBND cấp xã"])
    ]
