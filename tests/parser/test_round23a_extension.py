"""Round 23a: a ministry's short letter on a time limit lists, under "Tổng cục Thuế đề nghị:",
one task ("- Các Cục Thuế tổ chức tiếp nhận hồ sơ ...") and the extension it grants ("- Thời
gian tiếp nhận hồ sơ khai thuế của tháng 01/2010 được kéo dài đến ngày 27/02/2010."): a time
limit said to be extended asks no one, no task (and no deadline for the task beside it).
Round 22 read the extension as a task of the recipients."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.round23a_letters import letter

_LETTER = letter(
    """
Để việc nộp hồ sơ khai thuế của tháng 01/2019 phù hợp với kỳ nghỉ tết, Tổng cục Thuế đề nghị:

- Các Cục Thuế bố trí cán bộ tiếp nhận hồ sơ khai thuế của người nộp thuế kịp thời.

- Thời hạn nộp hồ sơ khai thuế của tháng 01/2019 được gia hạn đến ngày 25/02/2019.
""",
    issuer="BỘ TÀI CHÍNH",
    number="1022/BTC-TCT",
    subject="gia hạn nộp hồ sơ khai thuế",
    dated="ngày 05 tháng 02 năm 2019",
    recipient="Cục Thuế các tỉnh, thành phố trực thuộc Trung ương",
    distribution="- Như trên;\n- Lưu: VT, KK.",
    signer="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐỗ Hoàng E",
)


def test_an_extended_time_limit_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.text[:40], a.deadline_kind) for a in actions] == [
        ("Các Cục Thuế bố trí cán bộ tiếp nhận hồ ", DeadlineKind.NONE)
    ]


_PASSED_ON = _LETTER.replace(
    "ngày 25/02/2019.\n",
    "ngày 25/02/2019.\n\nTổng cục Thuế thông báo để các Cục Thuế thông báo cho người nộp thuế biết"
    " và tổ chức thực hiện./.\n",
)


def test_bodies_told_to_pass_the_notice_on_have_that_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "X thông báo để các Cục Thuế thông báo cho người nộp thuế biết và tổ chức thực hiện":
    unlike "... thông báo để Y biết, thực hiện./.", the bodies are told to inform others."""
    actions = parse_text(_PASSED_ON, org, calendar).actions
    assert [(a.text[:40], a.lead_unit) for a in actions][1:] == [
        ("Tổng cục Thuế thông báo để các Cục Thuế ", "các Cục Thuế")
    ]
