"""Round 25a: a council resolution's follow-up article hands the monitoring to the council's
own organs, named jointly ("Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân,
các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố giám sát ..."): the standing committee
leads, each other organ as written works with it. The parser cut the lead at "của" or at a
lower-case word of the list ("Thường trực Hội đồng nhân dân, các Ban")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THANH HÓA
Số: 12/2026/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 05 tháng 3 năm 2026

NGHỊ QUYẾT
Quy định mức hỗ trợ học phí

HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ học phí đối với trẻ em mầm non.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.
2. Giao {organs} giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Thanh Hóa thông qua ngày 05 tháng 3 năm 2026./.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Lê Văn C
"""


@pytest.mark.parametrize(
    ("organs", "lead", "others"),
    [
        (
            "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại"
            " biểu Hội đồng nhân dân tỉnh",
            "Thường trực Hội đồng nhân dân",
            ["các Ban của Hội đồng nhân dân", "các Tổ đại biểu", "đại biểu Hội đồng nhân dân tỉnh"],
        ),
        (
            "Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, Tổ đại biểu Hội"
            " đồng nhân dân tỉnh và các đại biểu Hội đồng nhân dân tỉnh",
            "Thường trực Hội đồng nhân dân tỉnh",
            [
                "các Ban Hội đồng nhân dân tỉnh",
                "Tổ đại biểu Hội đồng nhân dân tỉnh",
                "các đại biểu Hội đồng nhân dân tỉnh",
            ],
        ),
    ],
)
def test_the_standing_committee_leads_the_council_organs(
    organs: str, lead: str, others: list[str], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION.format(organs=organs), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Ủy ban nhân dân tỉnh", []),
        (lead, others),
    ]
