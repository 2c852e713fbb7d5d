"""Round 36b: a numbered clause of a follow-up article whose first line is a whole sentence
that names its body and gives it work ("2. Các cơ quan, đơn vị có trách nhiệm tổng hợp ...
gửi về Sở X trước ngày 15/12 hằng năm"), no colon closing it, over items each naming a body
of its own ("a) Công an tỉnh: Tổng hợp ...") is a task itself, dated by its own words, and
each item is its body's task (README: a task's first deadline phrase in its text; only a line
ending in a colon is a heading that names the body). The parser read the sentence as the
items' heading and gave it no task. A clause over items of its own body stays a heading."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm của các cơ quan, đơn vị

1. Các cơ quan, đơn vị có trách nhiệm triển khai thực hiện nghiêm túc Quy chế này.

2. Các cơ quan, đơn vị có trách nhiệm theo dõi, tổng hợp tình hình hoạt động của chợ trong
năm gửi về Sở Công Thương trước ngày 15/12 hằng năm (qua Phòng Quản lý thương mại)

a) Công an tỉnh: Tổng hợp danh sách các chợ vi phạm quy định về phòng cháy, chữa cháy;

b) Sở Y tế: Tổng hợp danh sách các cơ sở vi phạm về an toàn thực phẩm.

3. Sở Tài chính chủ trì thực hiện các nhiệm vụ sau

a) Bố trí kinh phí quản lý chợ hằng năm;

b) Hướng dẫn thanh quyết toán kinh phí./.
"""


def _actions(org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, str]]:
    record = parse_text(regulation(_CHAPTER), org, calendar)
    return [(a.lead_unit, a.text[:30]) for a in record.actions]


def test_the_lead_sentence_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _actions(org, calendar)[:4] == [
        ("Các cơ quan, đơn vị", "Các cơ quan, đơn vị có trách n"),
        ("Các cơ quan, đơn vị", "Các cơ quan, đơn vị có trách n"),
        ("Công an tỉnh", "Tổng hợp danh sách các chợ vi "),
        ("Sở Y tế", "Tổng hợp danh sách các cơ sở v"),
    ]


def test_it_is_dated_by_its_own_words(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert actions[1].deadline_kind == DeadlineKind.YEARLY
    assert actions[1].deadline == date(2025, 12, 12)
    assert actions[1].text.endswith("trước ngày 15/12 hằng năm (qua Phòng Quản lý thương mại)")
    assert actions[2].deadline_kind == DeadlineKind.NONE


def test_a_clause_over_its_own_bodys_items_stays_a_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _actions(org, calendar)[4:] == [
        ("Sở Tài chính", "Bố trí kinh phí quản lý chợ hằ"),
        ("Sở Tài chính", "Hướng dẫn thanh quyết toán kin"),
    ]
