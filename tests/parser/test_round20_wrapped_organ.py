"""Round 20: a narrow header cell wraps the ministry's name after its first word or two ("BỘ"
/ "TÀI CHÍNH", "BỘ TÀI" / "CHÍNH"); the two lines are one body, the parent of the department
under it, and a line as short as "BỘ" still belongs to the letter's header."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_BODY = "Cục Thuế đề nghị Thuế tỉnh Quảng Trị hướng dẫn người nộp thuế kê khai bổ sung."


@pytest.mark.parametrize("ministry", ["BỘ\nTÀI CHÍNH", "BỘ TÀI\nCHÍNH"])
def test_a_ministry_wrapped_after_its_first_words_is_one_parent(
    org: OrgDirectory, calendar: WorkingCalendar, ministry: str
) -> None:
    letter = department_letter(_BODY, ministry=ministry, department="CỤC THUẾ")
    record = read(letter, org, calendar)
    assert (record.parent_issuer, record.issuer) == ("Bộ Tài chính", "Cục Thuế")


def test_a_department_of_two_words_keeps_its_own_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = department_letter(_BODY, ministry="BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ", department="CỤC THUẾ")
    assert read(letter, org, calendar).parent_issuer == "Tổng cục Thuế"
