"""Round 50d: under a numbered clause of a decision's or resolution's follow-up article, a
paragraph with no marker before the next clause, opened by its grounds ("Căn cứ ..., ")
and whose subject is the clause's own body, is more of the clause's task: one action, both
paragraphs in its text (README: inside one item a paragraph whose later sentence gives the
same body the work is one action). A paragraph naming another body is not joined."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")


def _page(subject: str) -> str:
    return (
        "QUYẾT ĐỊNH\n\n"
        "Điều 1. Ban hành Quy định mức chi hỗ trợ.\n\n"
        "**Điều 2. Tổ chức thực hiện**\n\n"
        "1. Giao Ủy ban nhân dân Thành phố tổ chức triển\n"
        "khai thực hiện Nghị quyết, báo cáo Hội đồng nhân dân Thành phố kết quả thực hiện\n"
        "theo quy định.\n\n"
        "Căn cứ quy định phân cấp, chức năng nhiệm vụ được giao\n"
        f"của các đơn vị quản lý rừng, {subject} có trách nhiệm chỉ đạo\n"
        "các đơn vị sớm bàn giao nhiệm vụ.\n\n"
        "2. Giao Thường trực Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết."
        + _SIGNED
    )


def test_the_clauses_body_again_goes_on_with_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_page("Ủy ban nhân dân Thành phố"), org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Ủy ban nhân dân Thành phố",
        "Thường trực Hội đồng nhân dân Thành phố",
    ]
    assert actions[0].text.endswith(
        "theo quy định. Căn cứ quy định phân cấp, chức năng nhiệm vụ được giao của các đơn vị"
        " quản lý rừng, Ủy ban nhân dân Thành phố có trách nhiệm chỉ đạo các đơn vị sớm bàn"
        " giao nhiệm vụ"
    )


def test_another_body_is_not_joined(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_page("Sở Nông nghiệp và Môi trường"), org, calendar).actions
    assert actions[0].text.endswith("kết quả thực hiện theo quy định")
