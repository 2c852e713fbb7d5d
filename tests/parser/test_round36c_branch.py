"""Round 36c: a central body's branch named after it ("Ngân hàng Nhà nước Việt Nam - Chi
nhánh Khu vực II", in a table's cell without the dash) is one body, the branch's words part of
its name, not a second body beside it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import lead_cell
from tests.parser.test_plans import plan


def test_a_branch_in_a_cell_is_one_lead(org: OrgDirectory) -> None:
    find = MentionFinder(org, False)
    assert lead_cell("Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 9", find) == [
        ("Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 9", False)
    ]
    assert lead_cell("Ngân hàng Nhà nước Việt Nam", find) == [
        ("Ngân hàng Nhà nước Việt Nam", False)
    ]


def test_a_branch_heading_an_item_is_its_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = plan(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực III: Chủ trì, phối hợp triển"
        " khai thanh toán không dùng tiền mặt.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực III"
    ]
