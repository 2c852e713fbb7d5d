"""Round 35j: "Văn phòng Chủ tịch nước" (the state president's office) is named whole, as a
joint lead and after "phối hợp với" (the parser cut it at "Chủ tịch", "nước" being lower case,
and lost the joint leads after it).
"""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_president_office_whole_among_joint_leads() -> None:
    sentence = (
        "Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội phối hợp với "
        "Văn phòng Tỉnh ủy trong việc chia sẻ dữ liệu"
    )
    assert subject_bodies(sentence) == [
        "Văn phòng Chủ tịch nước",
        "Văn phòng Chính phủ",
        "Văn phòng Quốc hội",
    ]
