"""Round 37e: a "phối hợp" cell that lists bodies the directory does not know, one after another
by commas ("Tổng cục Hải quan, Bộ đội biên phòng, Kiểm lâm, Quản lý thị trường"), names each;
one written in lower case after them ("Ủy ban Dân tộc, nhà tài trợ", "chủ rừng") or as a kind's
word with a lower-case qualifier ("Doanh nghiệp lâm nghiệp", "Hội nghề nghiệp") is a kind of
party that names no particular body, left out. A name joined by "và" ("Phòng Kinh tế, Hạ tầng
và Đô thị") and the places of a plural ("UBND xã, phường, đặc khu") stay whole."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import coordinating_cell


def _partners(cell: str, org: OrgDirectory) -> list[str]:
    return [name for name, _ in coordinating_cell(cell, MentionFinder(org))]


def test_comma_listed_unknown_bodies_are_each_a_partner(org: OrgDirectory) -> None:
    assert _partners("Bộ đội biên phòng, Kiểm lâm, Cảnh sát môi trường.", org) == [
        "Bộ đội biên phòng",
        "Kiểm lâm",
        "Cảnh sát môi trường",
    ]
    assert _partners("Bộ Tài chính, Công an, Quân đội.", org) == [
        "Bộ Tài chính",
        "Công an",
        "Quân đội",
    ]


def test_kinds_of_party_are_no_partners(org: OrgDirectory) -> None:
    assert _partners("Ủy ban nhân dân tỉnh, chủ rừng, cơ quan liên quan.", org) == [
        "Ủy ban nhân dân tỉnh"
    ]
    assert _partners("Doanh nghiệp lâm nghiệp, cơ quan liên quan.", org) == []
    assert _partners("Bộ Ngoại giao, Bộ Tài chính, Ủy ban Dân tộc, nhà tài trợ.", org) == [
        "Bộ Ngoại giao",
        "Bộ Tài chính",
        "Ủy ban Dân tộc",
    ]
    assert _partners("Tổng cục Hải quan, Hội nghề nghiệp và các cơ quan liên quan.", org) == [
        "Tổng cục Hải quan"
    ]


def test_names_with_commas_stay_whole(org: OrgDirectory) -> None:
    assert _partners("Phòng Kinh tế, Hạ tầng và Đô thị", org) == [
        "Phòng Kinh tế, Hạ tầng và Đô thị"
    ]
    assert _partners("Sở Tài chính, UBND xã, phường, đặc khu", org) == [
        "Sở Tài chính",
        "UBND xã, phường, đặc khu",
    ]
