"""Round 18a: the Government Office's short letters cite documents as pages copy them: the day
glued to "ngày" ("ngày05 tháng 1"), a code joined by "&" after a space ("KH &ĐT"), the issuer
followed by what it did with the document ("của UBND tỉnh X trình Thủ tướng", "báo cáoThủ
tướng"), a body whose name holds "da" ("chất độc da cam"), and a due date mistyped "trướng"."""

from __future__ import annotations

from datetime import date

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round18a_letters import office_letter

_CITED = (
    "Văn phòng Chính phủ đã nhận được các công văn số 215/UBND-NN &PTNT ngày05 tháng 01 năm "
    "2010 và số 230/UBND-TN &MT ngày 04 tháng 01 năm 2010 của Ủy ban nhân dân tỉnh Cà Mau trình "
    "Thủ tướng Chính phủ về đề án trồng rừng ven biển."
)


def test_glued_days_ampersand_codes_and_an_issuer_that_submits(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = office_letter(_CITED, org, calendar).references
    assert [r.number for r in refs] == ["215/UBND-NN&PTNT", "230/UBND-TN&MT"]
    assert [r.type for r in refs] == ["công văn", "công văn"]
    assert [r.issued_on for r in refs] == [date(2010, 1, 5), date(2010, 1, 4)]
    assert [r.issuer for r in refs] == ["Ủy ban nhân dân tỉnh Cà Mau"] * 2


_ASKED = "Văn phòng Chính phủ đề nghị Bộ Tài chính có ý kiến về đề án nêu trên.\n\n"


def test_a_due_date_mistyped_truong_is_still_a_due_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    due = "Văn bản ý kiến xin gửi về Văn phòng Chính phủ trướng ngày 22 tháng 01 năm 2010."
    (action,) = office_letter(_ASKED + due, org, calendar).actions
    assert (action.deadline_text, action.deadline) == (
        "trướng ngày 22 tháng 01 năm 2010",
        date(2010, 1, 21),
    )
    # a head named before a date ("Bộ trưởng ngày ...") sets no due date
    later = "Bộ trưởng ngày 22 tháng 01 năm 2010 sẽ làm việc với tỉnh."
    assert all(a.deadline is None for a in office_letter(_ASKED + later, org, calendar).actions)


@pytest.mark.parametrize(
    ("cited", "issuer", "day"),
    [
        (  # a name holding "da", and a report verb glued to the next name
            "Xét báo cáo số 21/BC-HNN đề ngày 02 tháng 01 năm 2010 của Hội Nạn nhân chất độc da "
            "cam tỉnh Cà Mau báo cáoThủ tướng Chính phủ về tình hình hỗ trợ nạn nhân.",
            "Hội Nạn nhân chất độc da cam tỉnh Cà Mau",
            2,
        ),
        (  # the body that opens the sentence issued the letter in its brackets
            "Tổng Công ty Lương thực miền Nam có kiến nghị một số nội dung về dự án kho lương "
            "thực (công văn số 0815/TCT-KH ngày 4 tháng 01 năm 2010).",
            "Tổng Công ty Lương thực miền Nam",
            4,
        ),
    ],
)
def test_the_issuer_of_a_letter_cited_once(
    cited: str, issuer: str, day: int, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = office_letter(cited, org, calendar).references
    assert (ref.issuer, ref.issued_on) == (issuer, date(2010, 1, day))


_AS_OF = (
    "Thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh Cà Mau, đến ngày 30/12/2009 các "
    "đơn vị đã hoàn thành.\n\nVăn phòng Chính phủ đề nghị Bộ Tài chính có ý kiến."
)


def test_a_state_as_of_a_day_after_a_comma_does_not_date_the_plan(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = office_letter(_AS_OF, org, calendar).references
    assert [(r.number, r.issued_on) for r in refs] == [("45/KH-UBND", None)]
