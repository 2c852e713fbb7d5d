"""Rules of the fourth round (blind batch 7 in view), each on a synthetic line."""

from __future__ import annotations

from directives.parser.bodies import heading_bodies, opens_with_body


def test_a_verb_opening_with_an_organs_word_names_no_body() -> None:
    assert not opens_with_body("Ban hành quy chế quản lý, chia sẻ dữ liệu số")
    assert opens_with_body("Ban Chỉ đạo tỉnh chỉ đạo các địa phương")


def test_an_organs_word_alone_names_no_body() -> None:
    assert heading_bodies("Ban") == []
    assert heading_bodies("Sở Xây dựng") == ["Sở Xây dựng"]
