"""A number a page glued to the word of its date ("ngày27", "ngày20/02/2014", "04tháng",
"tháng5", "năm2008") is put apart once, by the glue pass, for every reader of dates: the
letter's own date, a cited document's, a task's deadline. What is read is written back as
the page has it."""

from __future__ import annotations

import datetime

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.syllables import Reglue

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------

Số: 88/UBND-TH
V/v thực hiện Công văn số 123/BC-BYT

{dated}

Kính gửi: Sở Y tế

Thực hiện Công văn số 123/BC-BYT {cited} của Bộ Y tế, Ủy ban nhân dân tỉnh có ý kiến như sau:

Giao Sở Y tế chủ trì rà soát, báo cáo kết quả về Ủy ban nhân dân tỉnh {due}.

Nơi nhận:
- Như trên;
- Sở Tài chính;
- Lưu: VT, TH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thanh Bình
"""
_APART = {
    "dated": "An Giang, ngày 20 tháng 02 năm 2009",
    "cited": "ngày 27 tháng 01 năm 2009",
    "due": "trước ngày 16 tháng 3 năm 2009",
}


def test_the_glue_pass_puts_a_date_apart_and_writes_it_back_glued() -> None:
    glue = Reglue(["Hạn nộp trước ngày20/02/2014, từ 04tháng01năm2014 (tháng5)."])
    assert glue.lines == ["Hạn nộp trước ngày 20/02/2014, từ 04 tháng 01 năm 2014 (tháng 5)."]
    assert glue.back("trước ngày 20/02/2014") == "trước ngày20/02/2014"
    assert glue.back("từ 04 tháng 01 năm 2014") == "từ 04tháng01năm2014"
    assert not glue.glued  # (no word glued to a word: the page's words are read as they are)


@pytest.mark.parametrize(
    "dated",
    [
        "An Giang, ngày20 tháng 02 năm 2009",
        "An Giang, ngày 20tháng02năm2009",
        "An Giang, ngày20/02/2009",
    ],
)
def test_the_letters_own_date_glued(
    dated: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(**{**_APART, "dated": dated}), org, calendar)
    assert record.issued_on == datetime.date(2009, 2, 20)


@pytest.mark.parametrize(
    "cited",
    ["ngày27 tháng 01 năm 2009", "ngày 27tháng01năm2009", "ngày27/01/2009"],
)
def test_a_cited_documents_date_glued(
    cited: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = parse_text(_LETTER.format(**{**_APART, "cited": cited}), org, calendar).references
    assert (ref.number, ref.issued_on, ref.issuer) == (
        "123/BC-BYT",
        datetime.date(2009, 1, 27),
        "Bộ Y tế",
    )


@pytest.mark.parametrize(
    "due", ["trước ngày16/3/2009", "trước ngày 16 tháng3 năm2009", "trước ngày16tháng 3 năm 2009"]
)
def test_a_deadline_glued_is_read_and_written_as_the_page_has_it(
    due: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER.format(**{**_APART, "due": due}), org, calendar).actions
    assert (action.deadline_kind.value, action.deadline) == ("before", datetime.date(2009, 3, 13))
    assert action.deadline_text == due
    assert due in action.text
