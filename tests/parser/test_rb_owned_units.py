"""A unit named with the body it belongs to, "của" between ("Phòng Điện toán của Sở Nội vụ có
trách nhiệm ..."): the whole name up to the predicate is the subject, the unit's own lower-case
words ("Điện toán", "Kiểm tra thuế") and its owner included; "của" followed by anything else
than a body's whole name ends the name as before."""

from __future__ import annotations

from directives.parser.name_words import leading_name
from directives.parser.subjects import subject_bodies


def test_a_unit_of_a_body_named_after_it_is_one_name() -> None:
    assert subject_bodies("Phòng Điện toán của Sở Nội vụ có trách nhiệm cấp tài khoản.") == [
        "Phòng Điện toán của Sở Nội vụ"
    ]
    assert subject_bodies("Văn phòng của Cục Hải quan chủ trì lập danh sách.") == [
        "Văn phòng của Cục Hải quan"
    ]


def test_of_before_no_body_still_ends_the_name() -> None:
    assert "của" not in leading_name(["Phòng", "Điện", "toán", "của", "tỉnh"])
    assert "của" not in leading_name(
        ["Phòng", "Điện", "toán", "của", "Sở", "Nội", "vụ", "về", "việc"]
    )
