"""A numbered clause of a "Trách nhiệm của X" article that only says what X answers for ("1.
Chịu trách nhiệm trước UBND tỉnh về nội dung ...", "1. Có trách nhiệm về tính chính xác ...") is
no action (README, session 18's call on 134/01); the clauses that give work are."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.answers import only_answers
from directives.parser.clean import fold_keep
from tests.parser.rI_letters import regulation

_ARTICLES = """Điều 5. Trách nhiệm của các sở, ngành

1. Chịu trách nhiệm trước UBND
tỉnh về nội dung tin bài đăng trên chuyên trang của cơ quan mình.

2. Rà soát, cập nhật thông tin
trên chuyên trang của cơ quan mình ít nhất mỗi tuần một lần.

Điều 6. Trách nhiệm của Sở Văn hóa và Thể thao

1. Có trách nhiệm về tính đầy
đủ, chính xác của dữ liệu thống kê truy cập Trang tin.

2. Hướng dẫn các sở, ngành vận
hành chuyên trang theo Quy định này.
"""


def test_a_clause_that_only_answers_is_no_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = regulation(_ARTICLES, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "các sở, ngành",
            "Rà soát, cập nhật thông tin trên chuyên trang của cơ quan mình ít nhất mỗi tuần"
            " một lần",
        ),
        (
            "Sở Văn hóa và Thể thao",
            "Hướng dẫn các sở, ngành vận hành chuyên trang theo Quy định này",
        ),
    ]


def test_only_a_clause_answers_with_no_body_named() -> None:
    folded = fold_keep("Chịu trách nhiệm trước UBND tỉnh về nội dung tin bài.")
    assert only_answers(folded, "num1")
    # a point or a dash under a body's heading answers too (session 29's third reading of
    # batches 1, 8, 12 and 14); a paragraph keeps its own reading
    assert only_answers(folded, "letter")
    assert only_answers(folded, "dash")
    assert not only_answers(folded)
    # work after it: a task
    assert not only_answers(
        fold_keep("Chịu trách nhiệm trước UBND tỉnh về nội dung; đồng thời báo cáo Sở."), "num1"
    )
