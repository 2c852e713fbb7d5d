"""Round 17b: bodies named in the plural whose task is to issue rules ("Các Bộ trưởng, Thủ
trưởng cơ quan ngang bộ ban hành tiêu chuẩn ..."): "ban hành" in lower case is their verb, and
the item is a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.records import ParsedAction
from tests.parser.round17b_letters import resolution_actions

_FIRST = "1. Bộ Tài chính chịu trách nhiệm rà soát, đề xuất sửa đổi Phụ lục IV của Luật Đầu tư."


def _after_first(item: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[ParsedAction]:
    articles = f"Điều 4. Tổ chức thực hiện\n{_FIRST}\n2. {item}"
    return resolution_actions(articles, org, calendar)


def test_bodies_in_the_plural_that_issue_rules_have_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn nghề đối với những "
        "ngành, nghề được cắt giảm trước ngày 01 tháng 7 năm 2026."
    )
    actions = _after_first(item, org, calendar)
    assert [a.lead_unit for a in actions] == ["Bộ Tài chính", "Các Bộ, cơ quan ngang bộ"]
    assert actions[1].deadline_text == "trước ngày 01 tháng 7 năm 2026"


def test_a_plural_of_ministries_issuing_guidance_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = "Các bộ, ngành ban hành văn bản hướng dẫn thi hành Nghị quyết này."
    actions = _after_first(item, org, calendar)
    assert len(actions) == 2
    assert actions[1].text.startswith("Các bộ, ngành ban hành văn bản")
