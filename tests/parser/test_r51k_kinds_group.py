"""Round 51k (199/02): "các Sở, Ban, Ngành của tỉnh" is one group, its kinds' words in
capitals each alone (no name after them), while a kind's word that opens a name after the
comma ("Sở Y tế", "Ban Quản lý dự án tỉnh") still starts another body."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_a_group_of_kinds_in_capitals_is_one() -> None:
    said = (
        "Thủ trưởng các Sở, Ban, Ngành của tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã,"
        " thành phố chịu trách nhiệm thi hành Quy chế này."
    )
    assert subject_bodies(said)[0] == "các Sở, Ban, Ngành"
    said = "Sở Tài chính, Sở Y tế, Ban Quản lý dự án tỉnh tổ chức thực hiện."
    assert subject_bodies(said) == ["Sở Tài chính", "Sở Y tế", "Ban Quản lý dự án tỉnh"]
