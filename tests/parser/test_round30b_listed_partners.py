"""Round 30b: partners a plural introduces with a colon ("phối hợp với các đơn vị: Văn phòng
UBND tỉnh (Trung tâm Công báo - Tin học) và các cơ quan, đơn vị liên quan") are the bodies
listed after it, each named as written, a body's unit in brackets included (README: a
parenthesis that names the unit of the body meant belongs to the name). The parser read the
plural and its colon as a group glossed by the bracket ("các nhà mạng (Viettel Nghệ An, VNPT
Nghệ An)") and gave the bracketed unit alone."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

from .test_round30b_utility_units import _LETTER


@pytest.mark.parametrize(
    ("partners", "expected"),
    [
        (
            "các đơn vị: Văn phòng UBND tỉnh (Trung tâm Công báo - Tin học) và các cơ quan, đơn"
            " vị liên quan",
            ["Văn phòng UBND tỉnh (Trung tâm Công báo - Tin học)"],
        ),
        ("các cơ quan: Sở Tư pháp, Sở Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]),
        (
            "các nhà mạng (Viettel Ninh Bình, VNPT Ninh Bình)",
            ["Viettel Ninh Bình", "VNPT Ninh Bình"],
        ),
    ],
)
def test_listed_after_the_colon(
    partners: str, expected: list[str], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    task = (
        f"Giao Sở Y tế chủ trì, phối hợp với {partners} căn cứ Quyết định này công khai các thủ"
        " tục hành chính trên cơ sở dữ liệu quốc gia"
    )
    actions = parse_text(_LETTER.format(task=task), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [("Sở Y tế", expected)]
