"""Round rP: "Các Bộ, cơ quan: Y tế, Xây dựng, Giáo dục và Đào tạo, Thông tấn xã Việt Nam theo
chức năng ... khẩn trương ...": a capitalised word of the list after the shared "Các Bộ, cơ
quan:" is a name's ("Xây dựng"), no verb, as after "Các Bộ:"; every body listed is the subject,
the first the lead and the others joint leads."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_the_whole_list_is_the_subject() -> None:
    sentence = (
        "Các Bộ, cơ quan: Y tế, Xây dựng, Giáo dục và Đào tạo, Thông tấn xã Việt Nam theo chức"
        " năng, nhiệm vụ được giao khẩn trương tổng kết việc thực hiện Chỉ thị."
    )
    assert subject_bodies(sentence) == [
        "Bộ Y tế",
        "Bộ Xây dựng",
        "Bộ Giáo dục và Đào tạo",
        "Thông tấn xã Việt Nam",
    ]
