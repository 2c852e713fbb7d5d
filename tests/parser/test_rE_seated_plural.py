""" "Đề nghị các cơ quan, đơn vị đóng trên địa bàn tỉnh X phối hợp ...": the words saying which
of a plural are meant, those seated in the area, are of the subject's name (README: a qualifier
that says which bodies of a kind are meant belongs to the name), "đóng" no verb of theirs."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_those_seated_in_the_area_are_the_subject_as_written() -> None:
    assert subject_bodies(
        "Đề nghị các cơ quan, đơn vị đóng trên địa bàn tỉnh Lạng Sơn phối hợp tuyên truyền."
    ) == ["các cơ quan, đơn vị đóng trên địa bàn tỉnh Lạng Sơn"]
    assert subject_bodies("Các doanh nghiệp đóng tại địa phương tổ chức trực ban.") == [
        "Các doanh nghiệp đóng tại địa phương"
    ]
