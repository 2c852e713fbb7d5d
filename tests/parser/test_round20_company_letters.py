"""Round 20: a department's reply cites the letter it answers, numbered the company's own way
("công văn số 17-0311/TSD-XNK", "01-11/2025/CV-TMC", "TMCPC/2025/117", "45.2025/OL.TMC",
"20251103/CV-TMC"): the whole number as written, after "công văn số"; the company's name
goes on past its "và" before a capital ("Công ty Cổ phần Thép và Hóa chất Miền Trung"), and
stops before what the company asks about ("... vướng mắc về ..."). A body cited under its
name of the time ("của Tổng cục Thuế (trước đây) tại công văn số ...") issued that letter."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_COMPANY = "Công ty Cổ phần Thép và Hóa chất Miền Trung"
_ANSWER = """Trả lời công văn số {number} ngày 03/11/2025 của {company} về việc tạm nhập tái
xuất khuôn mẫu, Cục Hải quan có ý kiến như sau:

Đề nghị Công ty căn cứ Điều 50 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 để thực hiện."""


def _answer(number: str) -> str:
    return department_letter(_ANSWER.format(number=number, company=_COMPANY), recipient=_COMPANY)


@pytest.mark.parametrize(
    "number",
    ["17-0311/TSD-XNK", "01-11/2025/CV-TMC", "TMCPC/2025/117", "45.2025/OL.TMC", "20251103/CV-TMC"],
)
def test_the_company_letter_answered_is_cited_whole(
    org: OrgDirectory, calendar: WorkingCalendar, number: str
) -> None:
    record = read(_answer(number), org, calendar)
    first = record.references[0]
    assert (first.number, first.type, first.issuer, str(first.issued_on)) == (
        number,
        "công văn",
        _COMPANY,
        "2025-11-03",
    )
    assert [r.number for r in record.references] == [number, "38/2015/TT-BTC"]


def test_a_number_of_the_state_after_the_company_letter_reads_as_before(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = read(_answer("215/TMC-XNK"), org, calendar)
    assert [r.number for r in record.references] == ["215/TMC-XNK", "38/2015/TT-BTC"]


_TAX = """Cục Thuế nhận được công văn số 318/CBA-NVDTPC ngày 10/9/2025 của Thuế tỉnh Cao Bằng vướng
mắc về việc hoàn thuế giá trị gia tăng. Về vấn đề này, Cục Thuế có ý kiến như sau:

Việc đề xuất hai phương án là chưa phù hợp với chỉ đạo của Tổng cục Thuế (trước đây) tại công
văn số 4120/TCT-PC ngày 09/11/2023 về tăng cường kỷ cương trong việc ban hành công văn.

Đề nghị Thuế tỉnh Cao Bằng căn cứ quy định để xử lý hồ sơ hoàn thuế của người nộp thuế."""


def test_the_body_before_its_matter_and_under_its_name_of_the_time(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = department_letter(
        _TAX, department="CỤC THUẾ", number="5120/CT-CS", recipient="Thuế tỉnh Cao Bằng"
    )
    assert [(r.number, r.issuer) for r in read(letter, org, calendar).references] == [
        ("318/CBA-NVDTPC", "Thuế tỉnh Cao Bằng"),
        ("4120/TCT-PC", "Tổng cục Thuế"),
    ]
