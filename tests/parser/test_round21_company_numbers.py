"""Round 21: a reply cites the letter it answers under the number its sender gave it, whatever
its shape: with no "/" ("215-CVXK", "ABCD-HN-20251105-02"), the year after a code
("12/TMCHN/2025"), or a bare number over a year ("88/2025"), the line broken before it or
after it. Right after "công văn số" and before the letter's date, the whole token is the
number, a "công văn" of the sender named after the date (round 20 read only the shapes with a
"/" and a capital, so the others lost the reference or cut it at the code)."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_COMPANY = "Công ty TNHH Dệt may Bắc Giang"
_ANSWER = """Trả lời công văn số{gap}{number}{after}ngày 03/11/2025 của {company} về việc tạm
nhập tái xuất khuôn mẫu, Cục Hải quan có ý kiến như sau:

Đề nghị Công ty căn cứ Điều 50 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 để thực hiện."""


@pytest.mark.parametrize("number", ["215-CVXK", "ABCD-HN-20251105-02", "12/TMCHN/2025", "88/2025"])
@pytest.mark.parametrize(("gap", "after"), [(" ", " "), ("\n", " "), (" ", "\n")])
def test_the_sender_number_is_read_whole_in_any_shape(
    org: OrgDirectory, calendar: WorkingCalendar, number: str, gap: str, after: str
) -> None:
    body = _ANSWER.format(gap=gap, number=number, after=after, company=_COMPANY)
    record = read(department_letter(body, recipient=_COMPANY), org, calendar)
    cited = [(r.number, r.type, r.issuer, str(r.issued_on)) for r in record.references]
    assert cited[0] == (number, "công văn", _COMPANY, "2025-11-03")
    assert [n for n, *_ in cited] == [number, "38/2015/TT-BTC"]


def test_a_count_after_the_letter_number_is_no_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = """Trả lời công văn số 2025 của Công ty về 15 tờ khai, Cục Hải quan có ý kiến:

Đề nghị Công ty căn cứ Điều 50 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 để thực hiện."""
    record = read(department_letter(body), org, calendar)
    assert [r.number for r in record.references] == ["38/2015/TT-BTC"]


def test_a_state_number_joined_by_an_ampersand_is_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = _ANSWER.format(gap=" ", number="4410/SCT-QLTM&XNK", after=" ", company="Sở Công Thương")
    record = read(department_letter(body), org, calendar)
    assert [r.number for r in record.references] == ["4410/SCT-QLTM&XNK", "38/2015/TT-BTC"]
