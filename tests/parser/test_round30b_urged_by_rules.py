"""Round 30b: a letter's last paragraph that only asks its addressees to carry out what it
says as the rules require ("Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai
thực hiện theo đúng quy định, đảm bảo thực hiện nhiệm vụ được giao, thực hành tiết kiệm,
chống lãng phí ...") is a closing formula, a difficulties sentence after it in the same
paragraph ("Trong quá trình thực hiện, nếu phát sinh vướng mắc đề nghị phản ánh kịp thời về
Bộ Nội vụ ...") included; the parser made it a task. With a date of its own it asks for
something and stays a task."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter

_BODY = """
Bộ Nội vụ nhận được văn bản của một số địa phương về chi phí quản lý.
{task}.
{last}
Trân trọng./.
"""
_TASK = (
    "Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức chi"
    " phí quản lý để trình Hội đồng nhân dân cấp tỉnh quy định tỷ lệ chi phí quản lý"
)
_URGES = (
    "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy"
    " định, đảm bảo thực hiện nhiệm vụ được giao, thực hành tiết kiệm, chống lãng phí."
)


def _letter(last: str) -> str:
    return letter(
        _BODY.format(task=_TASK, last=last),
        number="100/BNV-KHTC",
        subject="chi phí quản lý",
        dated="ngày 20 tháng 11 năm 2025",
        recipient="Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
        tight=True,
    )


@pytest.mark.parametrize(
    "last",
    [
        _URGES,
        f"{_URGES} Trong quá trình thực hiện, nếu phát sinh vướng mắc đề nghị phản ánh kịp thời"
        " về Bộ Nội vụ (qua Vụ Kế hoạch - Tài chính) để nghiên cứu, hướng dẫn giải quyết.",
    ],
)
def test_urging_closes(last: str, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_letter(last), org, calendar).actions
    assert [a.text for a in actions] == [_TASK]


def test_with_a_date_it_asks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    last = (
        "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng"
        " quy định, báo cáo kết quả về Bộ Nội vụ trước ngày 15/12/2025."
    )
    actions = parse_text(_letter(last), org, calendar).actions
    assert [a.text for a in actions] == [_TASK, last.rstrip(".")]
