"""Round 50d: the people's committees of a kind of place ("Ủy ban nhân dân các tỉnh, thành
phố trực thuộc trung ương", "UBND các xã, phường") end at the "và" before another plural of
bodies ("... và các cơ quan thanh tra"): two joint bodies, not one name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed


def test_the_committees_end_before_and_another_plural(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "CÔNG ĐIỆN\n\n"
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành\n"
        "phố trực thuộc trung ương và các cơ quan thanh tra căn cứ chức năng, nhiệm vụ được\n"
        "giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên."
        + signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")
    )
    (action,) = parse_text(page, org, calendar).actions
    assert action.coordinating_units == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "các cơ quan thanh tra",
    ]


def test_a_plural_with_a_comma_after_the_committees_is_apart() -> None:
    from directives.parser.bodies import heading_bodies

    assert heading_bodies(
        "Ủy ban nhân dân các huyện, thành phố và các cơ quan, tổ chức có liên quan"
    ) == ["Ủy ban nhân dân các huyện, thành phố", "các cơ quan, tổ chức có liên quan"]
    assert heading_bodies("Các sở, ban, ngành và các cơ quan, đơn vị có liên quan") == [
        "Các sở, ban, ngành và các cơ quan, đơn vị có liên quan"
    ]
