"""Round 53e: a fund's charter a decision issues ("ĐIỀU LỆ ...") read as rules, its follow-up
chapter giving the tasks (blind 220/02); a sentence a blank line cuts where a page broke, with
no page number (220/05); "Các cơ quan X phải có trách nhiệm ...", the must outside the
name (220/05); and a clause an item's ";" sets apart starting at its own body (220/05)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import HA_TINH_RULES


def _leads_and_texts(
    items: str, org: OrgDirectory, calendar: WorkingCalendar, kind: str = "ĐIỀU LỆ"
) -> list[tuple[str | None, str]]:
    letter = HA_TINH_RULES.format(kind=kind, kind_lower=kind.capitalize(), items=items)
    return [(a.lead_unit, a.text) for a in parse_text(letter, org, calendar).actions]


def test_a_charters_follow_up_chapter_gives_tasks_and_its_rules_none(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = "1. Sở Tài chính có trách nhiệm hướng dẫn chế độ tài chính đối với Quỹ./.\n"
    # the charter's rule article ("Quỹ có trách nhiệm lập ... báo cáo") is no task
    assert _leads_and_texts(items, org, calendar) == [
        ("Sở Tài chính", "Sở Tài chính có trách nhiệm hướng dẫn chế độ tài chính đối với Quỹ")
    ]


def test_a_sentence_a_blank_line_cuts_mid_word_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "1. Sở Tài chính theo dõi, đôn đốc các đơn vị kịp thời giải ngân; cung cấp dữ liệu về "
        "tình hình giải\n\nngân cho thủ trưởng các cơ quan để chỉ đạo.\n"
        "2. Sở Nội vụ theo dõi việc thực hiện Điều lệ./.\n"
    )
    assert _leads_and_texts(items, org, calendar, "QUY CHẾ") == [
        (
            "Sở Tài chính",
            "Sở Tài chính theo dõi, đôn đốc các đơn vị kịp thời giải ngân; cung cấp dữ liệu về "
            "tình hình giải ngân cho thủ trưởng các cơ quan để chỉ đạo",
        ),
        ("Sở Nội vụ", "Sở Nội vụ theo dõi việc thực hiện Điều lệ"),
    ]


def test_a_kind_of_body_that_must_answer_keeps_the_must_out_of_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = "Các cơ quan tiếp nhận hồ sơ phải có trách nhiệm cử một công chức làm đầu mối"
    assert _leads_and_texts(f"1. {said}./.\n", org, calendar, "QUY CHẾ") == [
        ("Các cơ quan tiếp nhận hồ sơ", said)
    ]


def test_a_clause_after_a_semicolon_starts_at_its_own_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "1. Sở Tài chính theo dõi việc giải ngân trên địa bàn; Định kỳ hàng tháng, UBND cấp xã "
        "rà soát các hồ sơ tồn đọng./.\n"
    )
    # how often, before the clause's own body, is left out of its text (session 20's call)
    assert _leads_and_texts(items, org, calendar, "QUY CHẾ") == [
        ("Sở Tài chính", "Sở Tài chính theo dõi việc giải ngân trên địa bàn"),
        ("UBND cấp xã", "UBND cấp xã rà soát các hồ sơ tồn đọng"),
    ]
