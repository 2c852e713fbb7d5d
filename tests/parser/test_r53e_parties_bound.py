"""Round 53e: a regulation's follow-up article headed by the people and organisations a duty
binds ("Trách nhiệm của cá nhân, tổ chức có phản ánh kiến nghị", blind 220/05): organisations
among them, its clauses are tasks they lead, as a body's article's are; persons alone ("Trách
nhiệm của cá nhân") stay no tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import HA_TINH_RULES


def _leads_and_texts(
    heading: str, org: OrgDirectory, calendar: WorkingCalendar
) -> list[tuple[str | None, str]]:
    items = (
        "1. Sở Tài chính hướng dẫn thực hiện Quy chế này.\n\n"
        f"Điều 4. {heading}\n"
        "1. Gửi hồ sơ đề nghị đúng cơ quan có thẩm quyền.\n"
        "2. Tuân thủ quy định tại Điều 2 của Quy chế này./.\n"
    )
    letter = HA_TINH_RULES.format(kind="QUY CHẾ", kind_lower="Quy chế", items=items)
    return [(a.lead_unit, a.text) for a in parse_text(letter, org, calendar).actions]


def test_the_parties_a_duty_binds_lead_their_articles_clauses(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    bound = "cá nhân, tổ chức có đề nghị hỗ trợ"
    assert _leads_and_texts(f"Trách nhiệm của {bound}", org, calendar) == [
        ("Sở Tài chính", "Sở Tài chính hướng dẫn thực hiện Quy chế này"),
        (bound, "Gửi hồ sơ đề nghị đúng cơ quan có thẩm quyền"),
        (bound, "Tuân thủ quy định tại Điều 2 của Quy chế này"),
    ]
    # persons alone: their duties are no tasks
    assert _leads_and_texts("Trách nhiệm của cá nhân đề nghị hỗ trợ", org, calendar) == [
        ("Sở Tài chính", "Sở Tài chính hướng dẫn thực hiện Quy chế này")
    ]
