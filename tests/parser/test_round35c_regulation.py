"""Round 35c: a decision that issues a regulation (quy chế) printed after its signature.

- The regulation's heading "(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)" names the
  decision itself; a page may strew emphasis marks and spaces through it and misprint its
  code ("*(Ban hành kèm theo Quyết định số *57 */2025 /QĐ-CTUBND)*"): a number with the
  letter's own number and year in that heading is still the letter, no reference (the parser
  read "57/2025/QĐ-CTUBND" as a cited decision).
- The regulation's follow-up article telling bodies to carry the regulation out ("... chịu
  trách nhiệm thi hành Quy chế này. Định kỳ trước ngày 15/12 hằng năm báo cáo ...") is a
  task; only the decision's own "thi hành Quyết định này" is the closing formula (the parser
  dropped the clause as a closing).
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD

_DECISION = (
    DECISION_HEAD
    + """
QUY CHẾ

PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH THÁI BÌNH

{heading}

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp quản lý chợ trên địa bàn tỉnh.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm thi hành

1. Sở Công Thương

a) Theo dõi, đôn đốc việc thực hiện Quy chế này.

b) Chủ trì xây dựng Kế hoạch triển khai thực hiện Quyết định này trình Ủy ban nhân dân tỉnh.

2. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các tổ
chức, cá nhân có liên quan chịu trách nhiệm thi hành Quy chế này. Định kỳ trước ngày 15/12
hằng năm báo cáo kết quả thực hiện Quy chế về Ủy ban nhân dân tỉnh (qua Sở Công Thương) để
theo dõi.
"""
)

_PLAIN = "(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)"


@pytest.mark.parametrize(
    "heading",
    [
        "*(Ban hành kèm theo Quyết định số *57 */2025 /QĐ-CTUBND)*",
        "(Ban hành kèm theo Quyết định số 57/2025/QĐ-CTUBND)",
        "*(Kèm theo Quyết định số **57/2025/QĐ-UBTND ngày 14 tháng 10 năm 2025)*",
    ],
)
def test_own_number_misprinted_in_the_heading(
    heading: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION.format(heading=heading), org, calendar)
    assert [r.number for r in record.references] == ["60/2024/NĐ-CP"]


def test_another_decision_in_the_heading_is_cited(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (another number, or the same number of another year, is no misprint of the letter's own)
    heading = "(Ban hành kèm theo Quyết định số 57/2024/QĐ-CTUBND)"
    record = parse_text(_DECISION.format(heading=heading), org, calendar)
    assert [r.number for r in record.references] == ["60/2024/NĐ-CP", "57/2024/QĐ-CTUBND"]


def test_carrying_out_the_regulation_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION.format(heading=_PLAIN), org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Sở Công Thương",
        "Sở Công Thương",
        "các sở, ban, ngành tỉnh",
    ]
    last = record.actions[-1]
    assert last.text.startswith("Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch")
    assert last.text.endswith("(qua Sở Công Thương) để theo dõi")
    assert last.coordinating_units == [
        "Ủy ban nhân dân các xã, phường",
        "các tổ chức, cá nhân có liên quan",
    ]
    assert last.deadline_kind == "yearly"
    assert last.deadline is not None and last.deadline.isoformat() == "2025-12-12"


@pytest.mark.parametrize(
    ("subject", "lead", "coordinating"),
    [
        # a title over bodies, then the plural of those concerned, jointly
        (
            "Thủ trưởng các sở, ban, ngành tỉnh và các cơ quan, đơn vị có liên quan",
            "các sở, ban, ngành tỉnh",
            ["các cơ quan, đơn vị có liên quan"],
        ),
        # (a plural's own name that runs on with "và các ...": one collective body, as written)
        (
            "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan",
            "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan",
            [],
        ),
    ],
)
def test_bodies_listed_with_the_plural_concerned(
    subject: str,
    lead: str,
    coordinating: list[str],
    org: OrgDirectory,
    calendar: WorkingCalendar,
) -> None:
    clause = (
        "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các tổ\n"
        "chức, cá nhân có liên quan"
    )
    text = _DECISION.format(heading=_PLAIN).replace(clause, subject)
    last = parse_text(text, org, calendar).actions[-1]
    assert (last.lead_unit, last.coordinating_units) == (lead, coordinating)
