"""Round 40b: a plan's task table names a working team as its lead ("Tổ thường trực triển
khai", "Tổ công tác triển khai địa phương"): the verb after the team's word is the team's
name, not a clause's verb, so the lead is the team as written. In the "phối hợp" cell the
bodies are read as the labels write them: kinds of unit joined by "/" and "liên quan"
("Vụ/Đơn vị liên quan thuộc Tổng cục Thuế") and the press ("Báo, đài ở trung ương và địa
phương") name no body; a count before a body belongs to it ("6 Cục Thuế"); two bodies joined
by "/" are two ("Cục Thuế /Chi cục Thuế"), while "Các phòng/Chi cục Thuế" is one plural."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import coordinating_cell, lead_cell


def _leads(cell: str, org: OrgDirectory) -> list[str]:
    return [name for name, _ in lead_cell(cell, MentionFinder(org))]


def _partners(cell: str, org: OrgDirectory) -> list[str]:
    return [name for name, _ in coordinating_cell(cell, MentionFinder(org))]


def test_a_teams_verb_is_its_name(org: OrgDirectory) -> None:
    assert _leads("Tổ thường trực triển khai", org) == ["Tổ thường trực triển khai"]
    assert _leads("Tổ công tác triển khai địa phương", org) == ["Tổ công tác triển khai địa phương"]
    # a body then its clause still loses the clause
    assert _leads("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu", org) == [
        "Sở Khoa học và Công nghệ"
    ]


def test_kinds_of_unit_and_the_press_are_no_partners(org: OrgDirectory) -> None:
    assert _partners("Vụ/Đơn vị liên quan thuộc Tổng cục Hải quan", org) == []
    assert _partners("Báo, đài ở trung ương và địa phương; Cục Hải quan", org) == ["Cục Hải quan"]
    assert _partners("Báo và Phát thanh, Truyền hình tỉnh Lâm Đồng", org) == [
        "Báo và Phát thanh, Truyền hình tỉnh Lâm Đồng"
    ]


def test_a_count_belongs_to_the_body(org: OrgDirectory) -> None:
    assert _partners(
        "Báo, đài ở trung ương và địa phương; Vụ/Đơn vị liên quan thuộc Tổng cục Hải quan, "
        "5 Cục Hải quan",
        org,
    ) == ["5 Cục Hải quan"]


def test_bodies_joined_by_a_slash_are_two(org: OrgDirectory) -> None:
    for cell in ("Cục Thuế/Chi cục Thuế", "Cục Thuế /Chi cục Thuế", "Cục Thuế\n/Chi cục Thuế"):
        assert _partners(cell, org) == ["Cục Thuế", "Chi cục Thuế"]
    assert _partners("Các Sở, Ngành địa phương; Các phòng/Chi cục Thuế", org) == []
