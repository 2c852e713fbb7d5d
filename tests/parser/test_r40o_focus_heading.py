"""Round 40o: a heading that names bodies and ends on its own verb "tập trung" before the
colon ("2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tập
trung:") hands its items to those bodies, the verb no word of their name; a works named
"tập trung" (concentrated: "Khu xử lý chất thải tập trung") keeps the word."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.heading_shapes import bodies_by_shape

_PAGE = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 41/CĐ-TTg\n\nHà Nội, ngày 09 tháng 3 năm 2026\n\n"
    "CÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n\n"
    "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.\n\n"
    "1. Bộ Quốc phòng chỉ đạo các đơn vị hỗ trợ người dân.\n\n"
    "2. {heading}\n\n"
    "a) Huy động lực lượng, phương tiện hỗ trợ người dân ở các khu vực bị chia cắt.\n\n"
    "b) Rà soát, kiểm tra các khu vực có nguy cơ sạt lở đất.\n\n"
    "3. Văn phòng Chính phủ theo dõi, đôn đốc.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\nNguyễn Văn Bình\n"
)


def _leads(heading: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    actions = parse_text(_PAGE.format(heading=heading), org, calendar).actions
    return [a.lead_unit for a in actions]


def test_the_verb_after_a_range_of_provinces(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    heading = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tập trung:"
    lead = "Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa"
    assert _leads(heading, org, calendar) == [
        "Bộ Quốc phòng",
        lead,
        lead,
        "Văn phòng Chính phủ",
    ]


def test_the_verb_after_a_kind_of_body(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    heading = "Ủy ban nhân dân các tỉnh, thành phố tập trung:"
    leads = _leads(heading, org, calendar)
    assert leads[1:3] == ["Ủy ban nhân dân các tỉnh, thành phố"] * 2


def test_a_concentrated_works_keeps_the_word() -> None:
    assert bodies_by_shape("Khu xử lý chất thải tập trung") == []
    assert bodies_by_shape("Các Khu Công nghệ cao, Khu Công nghệ số tập trung") == [
        "Các Khu Công nghệ cao, Khu Công nghệ số tập trung"
    ]
