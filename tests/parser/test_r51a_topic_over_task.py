"""Round 51a (batch 188/02): a numbered topic line that gives no work ("4. Về thời gian thực
hiện song song 2 quy trình ... tại Chi cục X.") over a paragraph whose subject, after its
clause of time ("Trong thời gian chờ ..., Cục Hải quan Y hướng dẫn ..."), is the body given
the work: the paragraph is the task, the topic stays out, and the issuer's answer formula
after it ("Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.") is no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.closing_prose import closing_prose
from directives.parser.subjects import subject_bodies
from tests.parser.letterheads import tchq_700
from tests.parser.signed import signed

_LETTER = (
    tchq_700()
    + """\
I. Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn thực hiện:
1. Rà soát danh sách container tồn đọng tại cảng Tân cảng Cát Lái.
2. Về thời gian thực hiện song song 2 quy trình tại Chi cục Hải quan cửa khẩu cảng Sài Gòn.
Trong thời gian chờ sửa đổi, bổ sung các quy định liên quan, Cục Hải quan TP. Hồ Chí Minh
hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn triển khai song song 2 quy trình.
Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_the_paragraph_under_a_topic_line_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    got = [(a.text.split()[0], a.lead_unit) for a in actions]
    assert got == [
        ("Rà", "Cục Hải quan TP. Hồ Chí Minh"),
        ("Trong", "Cục Hải quan TP. Hồ Chí Minh"),
    ]


def test_a_clause_of_time_opens_before_the_subject() -> None:
    sentence = (
        "Trong thời gian chờ sửa đổi, bổ sung các quy định liên quan, Sở Y tế hướng dẫn các"
        " bệnh viện triển khai song song 2 quy trình."
    )
    assert subject_bodies(sentence) == ["Sở Y tế"]


def test_the_issuers_answer_handed_over_closes_the_letter() -> None:
    assert closing_prose("tong cuc hai quan tra loi cac don vi duoc biet, thuc hien.")
    assert closing_prose("tong cuc thue tra loi de cuc thue duoc biet./.")
    assert not closing_prose("tong cuc thue tra loi cuc thue x ve viec hoan thue.")
