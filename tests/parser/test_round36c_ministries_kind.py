"""Round 36c: "phối hợp với Bộ ngành Trung ương" names the ministries by their kind, written
without "các": no partner by name (README, the "các" rule for a kind of body)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan


def test_the_central_ministries_by_their_kind_are_no_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n"
        "a) Phối hợp với Bộ ngành Trung ương triển khai các cơ chế chính sách tài chính.\n\n"
        "b) Phối hợp với Bộ Tài chính, Sở Tư pháp rà soát các khoản phí.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Sở Tài chính", []),
        ("Sở Tài chính", ["Bộ Tài chính", "Sở Tư pháp"]),
    ]
