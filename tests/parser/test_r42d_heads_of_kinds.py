"""Round 42d: "Thủ trưởng cơ quan X các cấp, Trưởng các đơn vị có liên quan thuộc cơ quan X các
cấp có trách nhiệm ..." names the heads of two kinds of body (session 19's call): the first body
leads, and the plural of the units with its owner after "thuộc" works with it, whatever words
(a verb's among them: "các bộ phận kiểm tra nội bộ") the plural's name holds; on a page cut at
a fixed width, such a sentence under an article's title ("Điều 12. Tổ chức thực hiện") is the
article's paragraph, not more of its title."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.actions import find_actions
from directives.parser.clean import fold_lines


def _actions(
    lines: list[str], org: OrgDirectory, calendar: WorkingCalendar
) -> list[dict[str, object]]:
    found = find_actions(lines, fold_lines(lines), org, calendar, date(2018, 5, 2), False)
    return [a.model_dump(mode="json") for a in found.actions]


def test_the_heads_bodies_lead_and_work_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    lines = [
        "Điều 12. Tổ chức thực hiện",
        "Thủ trưởng cơ quan Hải quan các cấp, Trưởng các đơn vị có liên quan thuộc cơ quan Hải"
        " quan các cấp có trách nhiệm phổ biến, triển khai Quy chế này tại đơn vị mình.",
    ]
    (action,) = _actions(lines, org, calendar)
    assert action["lead_unit"] == "cơ quan Hải quan các cấp"
    assert action["coordinating_units"] == [
        "các đơn vị có liên quan thuộc cơ quan Hải quan các cấp"
    ]


def test_a_plurals_name_holding_a_verbs_words_runs_to_its_owner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    lines = [
        "2. Thủ trưởng cơ quan Hải quan các cấp, Trưởng các bộ phận kiểm tra sau thông quan"
        " thuộc cơ quan Hải quan các cấp tổ chức tập huấn nội dung sổ tay cho công chức.",
    ]
    (action,) = _actions(lines, org, calendar)
    assert action["lead_unit"] == "cơ quan Hải quan các cấp"
    assert action["coordinating_units"] == [
        "các bộ phận kiểm tra sau thông quan thuộc cơ quan Hải quan các cấp"
    ]


def test_on_a_page_cut_at_a_width_the_heads_sentence_opens_the_articles_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    lines = [
        "Điều 2.",
        "Quyết định này có hiệu lực thi hành kể từ ngày ký. Thủ trưởng",
        "các phòng, đơn vị thuộc Cục Hải quan; Chi cục trưởng Chi cục Hải quan các cửa khẩu,",
        "khu công nghiệp, cảng biển trực thuộc Cục chịu trách nhiệm thi hành Quyết định",
        "này./.",
        "Chương V",
        "KHEN THƯỞNG VÀ KỶ LUẬT",
        "Điều 12. Tổ chức thực hiện",
        "Thủ trưởng cơ quan Hải quan các cấp, Trưởng các đơn vị",
        "có liên quan thuộc cơ quan Hải quan các cấp có trách nhiệm phổ biến, triển khai",
        "thực hiện Quy chế này trong phạm vi trách nhiệm của mình.",
    ]
    (action,) = _actions(lines, org, calendar)
    assert str(action["text"]).startswith("Thủ trưởng cơ quan Hải quan các cấp, Trưởng các đơn vị")
    assert action["lead_unit"] == "cơ quan Hải quan các cấp"
