"""Rules of the tenth round on what the earlier rounds left (blind batches 5, 10, 11 and 12 in
view), each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.table_units import coordinating_cell
from directives.parser.units import MentionFinder
from tests.parser.test_plans import plan


def test_a_kind_of_body_written_alone_in_a_partners_cell_names_no_partner(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    cell = "Viện, Trường Đại học Cần Thơ; Hợp tác xã, Sở Tư pháp; Doanh nghiệp có liên quan"
    assert [n for n, _ in coordinating_cell(cell, find)] == ["Trường Đại học Cần Thơ", "Sở Tư pháp"]
