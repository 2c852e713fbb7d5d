"""Round 36b: a party regulation names the boards of its committees by their function in lower
case ("Ban thường vụ cấp ủy cấp tỉnh chỉ đạo ...", "Ban tuyên giáo và dân vận tỉnh ủy, thành ủy
căn cứ ...", "Ban tổ chức huyện ủy hướng dẫn ..."): the board of a committee of that level, a
body's name up to the committee and its level, the lead as written (README: a name copied in
full, lower case kept); the parser read no body and left the lead empty."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_a_standing_board_by_its_level() -> None:
    assert subject_bodies(
        "Ban thường vụ cấp ủy cấp huyện chỉ đạo, tổ chức thực hiện Quy định."
    ) == ["Ban thường vụ cấp ủy cấp huyện"]


def test_a_board_of_the_provinces_and_cities_committees() -> None:
    text = "Ban tổ chức và kiểm tra tỉnh ủy, thành ủy căn cứ Quy định này hướng dẫn thực hiện."
    assert subject_bodies(text) == ["Ban tổ chức và kiểm tra tỉnh ủy, thành ủy"]


def test_a_board_of_a_district_committee() -> None:
    assert subject_bodies("Ban tuyên giáo huyện ủy hướng dẫn nội dung sinh hoạt.") == [
        "Ban tuyên giáo huyện ủy"
    ]


def test_a_board_named_with_capitals_is_read_as_before() -> None:
    assert subject_bodies("Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện.") == ["Ban Tổ chức Tỉnh ủy"]
