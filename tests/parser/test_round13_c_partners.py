"""Round 13 (c): bodies in a task table's "phối hợp" cell. A list of kinds of body with no
name ("Cơ quan, tổ chức và doanh nghiệp liên quan", "Cơ quan, tổ chức, địa phương, doanh
nghiệp liên quan") names no partner, however its kinds are joined; a named body before it
stays."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import coordinating_cell


def partners(cell: str, org: OrgDirectory) -> list[str]:
    return [name for name, _ in coordinating_cell(cell, MentionFinder(org))]


def test_a_list_of_kinds_of_body_concerned_is_no_partner(org: OrgDirectory) -> None:
    assert partners("Cơ quan, tổ chức và doanh nghiệp liên quan", org) == []
    assert partners("Cơ quan, tổ chức, doanh nghiệp có liên quan", org) == []
    assert partners("Cơ quan, tổ chức, địa phương, doanh nghiệp liên quan", org) == []


def test_a_named_partner_before_the_kinds_stays(org: OrgDirectory) -> None:
    assert partners("Bộ Công Thương; Cơ quan, tổ chức, cá nhân liên quan", org) == [
        "Bộ Công Thương"
    ]


def test_the_committees_of_a_kind_of_place_in_an_unnamed_plural_are_no_partner(
    org: OrgDirectory,
) -> None:
    # "Các" opens the whole list: the ministries, sectors and provinces' committees concerned
    assert partners("Các bộ, ngành, UBND tỉnh, thành phố", org) == []
    assert partners("Các bộ, ngành, UBND tỉnh, thành phố trực thuộc trung ương", org) == []
    # after a body named, the committees stay
    assert partners("Bộ Tài chính, UBND tỉnh, thành phố", org) == [
        "Bộ Tài chính",
        "UBND tỉnh, thành phố",
    ]
