"""Round 36c: a council's organs listed with semicolons ("Giao Thường trực Hội đồng nhân dân
tỉnh; các Ban của Hội đồng nhân dân tỉnh và các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh
giám sát ...") are read as the list written with commas is: the standing committee leads, the
other organs jointly with it."""

from __future__ import annotations

from directives.parser.council import council_organs


def test_organs_listed_with_semicolons() -> None:
    text = (
        "Thường trực Hội đồng nhân dân tỉnh; các Ban của Hội đồng nhân dân tỉnh và các Tổ đại"
        " biểu, đại biểu Hội đồng nhân dân tỉnh giám sát thực hiện Nghị quyết"
    )
    found = council_organs(text)
    assert found is not None
    assert found[0] == [
        "Thường trực Hội đồng nhân dân tỉnh",
        "các Ban của Hội đồng nhân dân tỉnh",
        "các Tổ đại biểu",
        "đại biểu Hội đồng nhân dân tỉnh",
    ]
    assert text[found[1] :].startswith(" giám sát")


def test_the_standing_committee_alone_is_no_list() -> None:
    assert council_organs("Thường trực Hội đồng nhân dân tỉnh; Sở Tư pháp giám sát") is None
