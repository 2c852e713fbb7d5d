"""A transitional clause that gives the time first and then the kinds of body bound ("Trong thời
hạn 3 năm, cơ quan, đơn vị đã lập hồ sơ mật có trách nhiệm ..."): the kinds and which of them,
all up to the duty, are the lead, as without the time clause."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_the_kinds_bound_after_a_time_clause_are_named_whole() -> None:
    sentence = (
        "Trong thời hạn 3 năm, cơ quan, đơn vị đã lập hồ sơ mật có trách nhiệm chủ trì, phối hợp"
        " với Phòng Hồ sơ rà soát, giải mật hồ sơ đã nộp lưu."
    )
    assert subject_bodies(sentence) == ["cơ quan, đơn vị đã lập hồ sơ mật"]
    assert subject_bodies(sentence.removeprefix("Trong thời hạn 3 năm, ").capitalize()) == [
        "Cơ quan, đơn vị đã lập hồ sơ mật"
    ]
