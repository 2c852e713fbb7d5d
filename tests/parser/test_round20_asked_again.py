"""Round 20: one paragraph asks the same body twice, the second time for a case of its own
("Đề nghị Thuế tỉnh X ... . Trường hợp phát sinh vướng mắc ..., đề nghị Thuế tỉnh X báo cáo
..."): two tasks, the second with its case in its text, whether the paragraph stands alone or
follows the items of the rules the letter cites. A case that asks no body by name ("Trường
hợp vướng mắc, đề nghị liên hệ ...") goes on with the task before it."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.records import ParsedDirective
from tests.parser.round20_letters import department_letter, read

_BODY = """Cục Thuế nhận được công văn số 318/CBA-NVDTPC ngày 10/9/2025 của Thuế tỉnh Cao Bằng
về tiền thuê đất. Về vấn đề này, Cục Thuế có ý kiến như sau:
{rules}Đề nghị Thuế tỉnh Cao Bằng đối chiếu hồ sơ thực tế để xác định số tiền thuê đất phải
nộp theo đúng quy định. Trường hợp phát sinh vướng mắc về việc miễn tiền thuê đất, {asked}
báo cáo Ủy ban nhân dân tỉnh Cao Bằng để được hướng dẫn theo quy định.
Cục Thuế trả lời để Thuế tỉnh Cao Bằng được biết./."""
_RULES = """Căn cứ khoản 1 Điều 12 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ
quy định:
- “Tiền thuê đất được miễn trong các trường hợp sau đây:
a) Đất xây dựng nhà ở xã hội;
b) Đất xây dựng công trình sự nghiệp.”
"""


def _read(org: OrgDirectory, calendar: WorkingCalendar, rules: str, asked: str) -> ParsedDirective:
    body = _BODY.format(rules=rules, asked=asked)
    letter = department_letter(body, department="CỤC THUẾ", recipient="Thuế tỉnh Cao Bằng")
    return read(letter, org, calendar)


@pytest.mark.parametrize("rules", ["", _RULES])
def test_a_body_asked_again_for_a_case_is_a_second_task(
    org: OrgDirectory, calendar: WorkingCalendar, rules: str
) -> None:
    record = _read(org, calendar, rules, "đề nghị Thuế tỉnh Cao Bằng")
    assert [(a.lead_unit, a.text[:30]) for a in record.actions] == [
        ("Thuế tỉnh Cao Bằng", "Đề nghị Thuế tỉnh Cao Bằng đối"),
        ("Thuế tỉnh Cao Bằng", "Trường hợp phát sinh vướng mắc"),
    ]


@pytest.mark.parametrize("rules", ["", _RULES])
def test_a_case_that_asks_no_body_goes_on_with_the_task(
    org: OrgDirectory, calendar: WorkingCalendar, rules: str
) -> None:
    record = _read(org, calendar, rules, "đề nghị liên hệ Thuế tỉnh Cao Bằng để")
    assert len(record.actions) == 1
    assert "Trường hợp phát sinh vướng mắc" in record.actions[0].text
