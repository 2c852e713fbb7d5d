"""Round 36b: a regulation's follow-up chapter ("Chương II / TỔ CHỨC THỰC HIỆN") whose article
is titled for the duties without naming a body ("Điều 6. Trách nhiệm quản lý chợ"): each of its
clauses that names bodies and their work is a task (README follow-up rule), the bodies named
as the clause writes them.

- "Công ty X, Hợp tác xã dịch vụ Y và các đơn vị kinh doanh chợ tổ chức ...": the company
  leads, the cooperative ("Hợp tác xã", named by its trade and place) and the plural after
  "và các" are joint leads (README joint-lead rule); the parser read no body and gave no task.
- "Các tổ chức, cá nhân có liên quan có trách nhiệm ...": those concerned, organisations told
  to carry the regulation out, lead as written (house: 83/03, 48/05); the parser gave no task.
- A decision's "... và các cơ quan, tổ chức, cá nhân có liên quan có trách nhiệm thi hành
  Quyết định này" is its execution clause, a closing formula like "chịu trách nhiệm thi hành".

The rule chapter's "Sở Công Thương có trách nhiệm tổng hợp tình hình" stays a rule."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_acts
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 6. Trách nhiệm quản lý chợ

1. Sở Công Thương chủ trì, hướng dẫn, kiểm tra việc thực hiện Quy chế này.

2. Công ty Cổ phần Chợ Bình An, Hợp tác xã dịch vụ chợ Đồng Lạc và các đơn vị kinh doanh
chợ tổ chức tuyên truyền, phổ biến Quy chế này đến tiểu thương; báo cáo kết quả về Sở Công
Thương.

3. Các tổ chức, cá nhân có liên quan có trách nhiệm phổ biến, quán triệt và thực hiện các quy
định tại Quy chế này.

Điều 7. Điều khoản thi hành

Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời
về Sở Công Thương để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.
"""


def _actions(org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, list[str]]]:
    record = parse_text(regulation(_CHAPTER), org, calendar)
    return [(a.lead_unit, a.coordinating_units) for a in record.actions]


def test_a_company_a_cooperative_and_a_kind_lead_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _actions(org, calendar)[:2] == [
        ("Sở Công Thương", []),
        (
            "Công ty Cổ phần Chợ Bình An",
            ["Hợp tác xã dịch vụ chợ Đồng Lạc", "các đơn vị kinh doanh chợ"],
        ),
    ]


def test_the_execution_clause_with_co_trach_nhiem_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Chánh Văn phòng ...; Ủy ban nhân dân các xã, phường và các cơ quan, tổ chức, cá nhân có
    # liên quan có trách nhiệm thi hành Quyết định này": the decision's closing formula
    text = regulation(_CHAPTER).replace(
        "Thủ trưởng các sở, ban, ngành tỉnh và các cơ\nquan, đơn vị có liên quan chịu trách nhiệm",
        "Ủy ban nhân dân các xã, phường và các cơ\nquan, tổ chức, cá nhân có liên quan"
        " có trách nhiệm",
    )
    assert "có trách nhiệm thi hành Quyết định" in text
    leads = [a.lead_unit for a in parse_text(text, org, calendar).actions]
    assert "Văn phòng Ủy ban nhân dân tỉnh" not in leads


def test_those_concerned_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _actions(org, calendar)[2:] == [("Các tổ chức, cá nhân có liên quan", [])]


def test_those_a_plan_concerns_are_given_no_duty() -> None:
    # ("Các tổ chức, cá nhân có liên quan thuộc các cơ quan chuyên trách ...": whom it concerns)
    assert not subject_acts("Các tổ chức, cá nhân có liên quan thuộc các cơ quan chuyên trách.")
    assert subject_acts("Các tổ chức, cá nhân có liên quan có trách nhiệm thực hiện Quy chế này.")
