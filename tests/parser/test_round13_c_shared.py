"""Round 13 (c): partners named after "phối hợp với các Bộ:" share the prefix the colon opens
("phối hợp với các Bộ: Xây dựng, Quốc phòng theo chức năng ..." -> "Bộ Xây dựng", "Bộ Quốc
phòng"), a known name holding a comma kept whole."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.units import assign_units


def test_partners_after_a_shared_prefix_are_each_named(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    text = (
        "Chủ trì, phối hợp với các Bộ: Công an, Quốc phòng theo chức năng, nhiệm vụ rà soát "
        "các dự án chậm tiến độ."
    )
    assert assign_units(text, find, "Bộ Xây dựng").coordinating == ["Bộ Công an", "Bộ Quốc phòng"]
    text = "Phối hợp với các Bộ: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch tổ chức hội thi."
    assert assign_units(text, find, "Bộ Y tế").coordinating == [
        "Bộ Giáo dục và Đào tạo",
        "Bộ Văn hóa, Thể thao và Du lịch",
    ]
