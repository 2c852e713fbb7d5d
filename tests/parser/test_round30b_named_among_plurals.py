"""Round 30b: a named body among the unnamed plurals of a partners' list ("phối hợp với các
cơ quan, UBND các xã, phường, đơn vị liên quan") is still listed: the kind of body that ends
the list after a comma ("..., đơn vị liên quan") is an entry of its own, as it is after "và"
("... và đơn vị liên quan"). The parser read "UBND các xã, phường, đơn vị liên quan" as one
entry and dropped it with the words "liên quan"."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

from .test_round30b_utility_units import _LETTER


@pytest.mark.parametrize(
    ("partners", "expected"),
    [
        ("các cơ quan, UBND các xã, phường, đơn vị liên quan", ["UBND các xã, phường"]),
        ("các cơ quan, Sở Tư pháp, đơn vị liên quan", ["Sở Tư pháp"]),
        (
            "các sở, ngành, Ủy ban nhân dân các xã, phường và đơn vị liên quan",
            ["Ủy ban nhân dân các xã, phường"],
        ),
    ],
)
def test_the_named_body_stays(
    partners: str, expected: list[str], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    task = (
        f"Sở Công Thương có trách nhiệm chủ trì, phối hợp với {partners} thực hiện quản lý"
        " hoạt động hội chợ, triển lãm thương mại trên địa bàn tỉnh"
    )
    actions = parse_text(_LETTER.format(task=task), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [("Sở Công Thương", expected)]
