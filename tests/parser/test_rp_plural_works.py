"""Round rP: "Các cơ quan, tổ chức, cá nhân có liên quan theo chức năng, nhiệm vụ, quyền hạn
được giao phối hợp chặt chẽ với Sở Tư pháp ...": the plural the sentence opens with, its remit
written out in full, is who works with the partner, and leads; the partner is its coordinating
unit, not the lead."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.rp_pages import committee_letter

_ITEM = (
    "1. Các cơ quan, tổ chức, cá nhân có liên quan theo chức năng, nhiệm vụ, quyền hạn được\n"
    "giao phối hợp chặt chẽ với Sở Nội vụ trong việc thực hiện các nội dung được phân cấp.\n"
)


def test_the_plural_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    (first,) = parse_text(committee_letter(_ITEM), org, calendar).actions
    assert (first.lead_unit, first.coordinating_units) == (
        "Các cơ quan, tổ chức, cá nhân có liên quan",
        ["Sở Nội vụ"],
    )
