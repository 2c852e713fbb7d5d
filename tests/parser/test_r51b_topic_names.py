"""Round 51b: a department named by its topic ("Vụ Các vấn đề chung về xây dựng pháp luật",
Bộ Tư pháp) is read whole, "Các", "về" and "xây dựng" being the topic's words; a name's
capitalised word that is a verb elsewhere ("Cục Kiểm tra văn bản ...") says no sentence; and
a "phối hợp" field whose only verb lies in a plural kind's entry ("Các đơn vị xây dựng pháp
luật, Vụ ..., Cục ...") is a list of bodies."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.name_words import leading_name
from tests.parser.signed import signed

_PLAN = (
    "BỘ TƯ PHÁP\n\nSố: 12/KH-BTP\n\nHà Nội, ngày 5 tháng 3 năm 2016\n\nKẾ HOẠCH\n\n"
    "Phối hợp công tác năm 2016\n\n"
    "1. Công tác kiểm tra văn bản\n\n"
    "a) Rà soát văn bản về lĩnh vực dân tộc\n\n"
    "- Đơn vị chủ trì: Vụ Các vấn đề chung về xây dựng pháp luật.\n\n"
    "- Đơn vị phối hợp: Vụ Pháp luật quốc tế, Cục Kiểm soát thủ tục hành chính.\n\n"
    "b) Kiểm tra văn bản có dấu hiệu trái luật\n\n"
    "- Đơn vị chủ trì: Cục Kiểm tra văn bản quy phạm pháp luật.\n\n"
    "- Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật quốc tế.\n\n"
    "c) Bồi dưỡng nghiệp vụ cho cán bộ pháp chế\n\n"
    "- Đơn vị chủ trì: Vụ Tổ chức cán bộ.\n\n"
    "- Đơn vị phối hợp: Các đơn vị xây dựng pháp luật, Vụ Phổ biến, giáo dục pháp luật, "
    "Cục Trợ giúp pháp lý và các đơn vị khác có liên quan.\n\n"
)


def test_a_topic_department_is_read_whole(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PLAN + signed("BỘ TRƯỞNG"), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        (
            "Vụ Các vấn đề chung về xây dựng pháp luật",
            ["Vụ Pháp luật quốc tế", "Cục Kiểm soát thủ tục hành chính"],
        ),
        (
            "Cục Kiểm tra văn bản quy phạm pháp luật",
            ["Vụ Các vấn đề chung về xây dựng pháp luật", "Vụ Pháp luật quốc tế"],
        ),
        ("Vụ Tổ chức cán bộ", ["Vụ Phổ biến, giáo dục pháp luật", "Cục Trợ giúp pháp lý"]),
    ]


def _named(words: str) -> str:
    return " ".join(leading_name(words.split()))


def test_the_topic_ends_before_its_predicate() -> None:
    said = "Vụ Các vấn đề chung về xây dựng pháp luật chủ trì, phối hợp với Vụ X"
    assert _named(said) == "Vụ Các vấn đề chung về xây dựng pháp luật"
    # without an organ's word before "Các" there is no topic: "xây dựng" is the verb
    assert _named("Các sở xây dựng kế hoạch") == "Các sở"
    assert _named("Sở Tài chính xây dựng kế hoạch") == "Sở Tài chính"
