"""Round 48b: two bodies a slash joins as a task's lead: the first leads, the other
coordinates; one body under two names, or kinds of units, stay one lead."""

from __future__ import annotations

from directives.parser.slash_leads import split_slashed
from directives.records import ParsedAction


def _lead(lead: str, coords: list[str]) -> tuple[str | None, list[str]]:
    action = ParsedAction(seq=1, text="Chủ trì kiểm tra", lead_unit=lead, coordinating_units=coords)
    (done,) = split_slashed([action])
    return done.lead_unit, done.coordinating_units


def test_a_slash_between_two_bodies_makes_the_second_coordinate() -> None:
    lead = "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh"
    assert _lead(lead, ["Sở Ngoại vụ"]) == (
        "Bộ Chỉ huy Quân sự tỉnh",
        ["Ban Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Ngoại vụ"],
    )


def test_one_body_under_two_names_or_kinds_of_units_stay_one_lead() -> None:
    for lead in (
        "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh",
        "Các Cục/Vụ/đơn vị thuộc Tổng cục Thuế",
        "Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị cấp xã",
    ):
        assert _lead(lead, []) == (lead, [])
