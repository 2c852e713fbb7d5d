"""Round 37a: a follow-up clause opening with the departments listed by their shared word
("Các sở: Tài chính, Nội vụ, Xây dựng; Công an tỉnh kiểm tra ...") reads "Xây dựng" as a
department's name, not the verb, with the capital "Các" that opens the sentence as with "các"
inside one: every body listed leads jointly."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 44/2025/QĐ-UBND
Hà Nam, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc quản lý các thửa đất công nhỏ lẻ

QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục các thửa đất công nhỏ lẻ.
Điều 2. Trách nhiệm thi hành
1. {clause}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""


def test_a_department_named_building_is_listed_not_the_verb(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    clause = "Các sở: Tài chính, Nội vụ, Xây dựng; Công an tỉnh kiểm tra việc thực hiện."
    (action,) = parse_text(_DECISION.format(clause=clause), org, calendar).actions
    assert action.lead_unit == "Sở Tài chính"
    assert action.coordinating_units == ["Sở Nội vụ", "Sở Xây dựng", "Công an tỉnh"]


def test_in_the_middle_of_the_list_too(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    clause = "Các sở: Tài chính, Xây dựng, Nội vụ hướng dẫn thực hiện Quyết định này."
    (action,) = parse_text(_DECISION.format(clause=clause), org, calendar).actions
    assert action.coordinating_units == ["Sở Xây dựng", "Sở Nội vụ"]


def test_the_list_closing_with_those_concerned_before_its_cue(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "có liên quan" then "theo chức năng ...": the plural's own words and the cue, the verb
    # after them; the last body and the plural lead jointly, each apart
    clause = (
        "Các sở: Tài chính, Nội vụ; Công an tỉnh; Ủy ban nhân dân các xã, phường và các cơ"
        " quan, tổ chức, cá nhân có liên quan theo chức năng, nhiệm vụ được giao kiểm tra,"
        " hướng dẫn thực hiện."
    )
    (action,) = parse_text(_DECISION.format(clause=clause), org, calendar).actions
    assert action.lead_unit == "Sở Tài chính"
    assert action.coordinating_units == [
        "Sở Nội vụ",
        "Công an tỉnh",
        "Ủy ban nhân dân các xã, phường",
        "các cơ quan, tổ chức, cá nhân có liên quan",
    ]
