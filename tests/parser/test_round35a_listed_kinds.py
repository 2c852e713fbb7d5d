"""Round 35a: a "Cơ quan phối hợp:" field (or a "phối hợp" cell) that opens with the standard
plural of the government's bodies, "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban
nhân dân các tỉnh ...". The "các" plural is unnamed whatever its last kind says: "thuộc Chính
phủ" qualifies the list's last kind, not the plural, so it is no definite set of units under a
body ("Các phòng thuộc Sở", which stays); the parser kept it as a partner."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import coordinating_cell, field_bodies


def test_a_plural_whose_last_kind_is_qualified_is_unnamed(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    cell = (
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc trung ương"
    )
    want = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert field_bodies(cell, find, lead=False) == want
    assert [n for n, _ in coordinating_cell(cell, find)] == want


def test_units_under_a_body_stay(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    assert [n for n, _ in coordinating_cell("Các phòng thuộc Sở", find)] == ["Các phòng thuộc Sở"]
