"""Round 26: an article whose title runs into its sentence with no stop between them
("Điều 2. Trách nhiệm thực hiện Sở A, Sở B; Chủ tịch UBND các xã thực hiện ..."): the title
is the article's label, the bodies after it are the sentence's subject. The parser read the
title as the sentence's opening and found no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    79,
    "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực thủy lợi",
    """\
Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.
Điều 2. {title}{task}
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách
nhiệm thi hành Quyết định này./.
""",
    executing=4,
)

_TASK = (
    "Sở Nông nghiệp và Môi trường, Sở Xây dựng; Chủ tịch UBND các xã, phường thực hiện"
    " trách nhiệm theo Điều 2 Quyết định số 41/QĐ-UBND ngày 15/8/2025 của Chủ tịch UBND tỉnh."
)


def test_the_title_run_into_the_sentence(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(
        _DECISION.format(title="Trách nhiệm thực hiện ", task=_TASK), org, calendar
    ).actions
    assert [(a.text, a.lead_unit) for a in actions] == [
        (_TASK.rstrip("."), "Sở Nông nghiệp và Môi trường")
    ]
