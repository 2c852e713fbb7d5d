"""One polite address ("quý" + a kind) for both of its readers: a sentence that opens with
the request and names no speaker (``polite_addressee``) and a speaker that asks its
addressees (``units``). Each kind and each verb one reader knew, the other knows too."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.polite import polite_addressee

_LETTER = """BỘ CÔNG THƯƠNG
-------

Số: 315/BCT-PC
V/v góp ý dự thảo Thông tư về xúc tiến thương mại

Hà Nội, ngày 12 tháng 3 năm 2015

Kính gửi:
- Bộ Tư pháp;
- Các hiệp hội ngành hàng.

{asked}

Nơi nhận:
- Như trên;
- Bộ trưởng (để b/c);
- Lưu: VT, PC.
BỘ TRƯỞNG
Trần Tuấn Anh
"""


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Đề nghị quý Công ty có ý kiến về dự thảo.", "quý Công ty"),
        ("Đề nghị Quý Tập đoàn có ý kiến về dự thảo.", "Quý Tập đoàn"),
        ("Yêu cầu quý Hội tổng hợp ý kiến của hội viên.", "quý Hội"),
        ("Đề nghị quý Ủy ban có ý kiến.", "quý Ủy ban"),
        ("Kính chuyển đến quý cơ quan.", "quý cơ quan"),
        ("Quý cơ quan có ý kiến.", None),
    ],
)
def test_the_polite_address_a_request_opens_with(text: str, asked: str | None) -> None:
    assert polite_addressee(text) == asked


def test_a_speaker_that_sends_to_its_addressee_politely_to_act_gives_it_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Bộ Công Thương xin gửi kèm dự thảo Thông tư và gửi quý cơ quan để nghiên cứu, "
        "có ý kiến bằng văn bản trước ngày 30/3/2015."
    )
    (action,) = parse_text(_LETTER.format(asked=asked), org, calendar).actions
    assert action.lead_unit == "quý cơ quan"


def test_a_polite_company_asked_with_no_speaker_leads_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = "Đề nghị quý Hội có ý kiến bằng văn bản về dự thảo trước ngày 30/3/2015./."
    (action,) = parse_text(_LETTER.format(asked=asked), org, calendar).actions
    assert action.lead_unit == "quý Hội"
