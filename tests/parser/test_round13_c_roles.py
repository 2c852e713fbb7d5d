"""Round 13 (c): a minister named with a second role after a dash ("Bộ trưởng Bộ X - Phó
Trưởng Ban Chỉ đạo quốc gia ... khẩn trương ...") leads as the ministry; a dash inside a
body's own name ("Bộ Lao động - Thương binh và Xã hội") stays in it."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_a_second_role_after_a_dash_is_no_part_of_the_body() -> None:
    assert subject_bodies(
        "Bộ trưởng Bộ Công Thương - Phó Trưởng Ban Chỉ đạo quốc gia về an ninh năng lượng khẩn "
        "trương xây dựng kế hoạch dự trữ xăng dầu."
    ) == ["Bộ Công Thương"]
    assert subject_bodies("Bộ Lao động - Thương binh và Xã hội khẩn trương xây dựng đề án.") == [
        "Bộ Lao động - Thương binh và Xã hội"
    ]
