"""A sector named as a later clause's subject is "ngành" and a capitalised name ("ngành Thuế",
"ngành Y tế", "ngành Ô tô"); a lower-case word after "ngành", accented or not, names no body."""

from __future__ import annotations

from directives.parser.later_clause import later_clause_body


def test_a_capitalised_sector_is_the_later_clause_body() -> None:
    item = "Tăng cường quản lý thu; đồng thời, ngành Thuế phối hợp với các ngành chống thất thu"
    assert later_clause_body(item) == ["ngành Thuế"]


def test_a_sector_opening_with_an_accented_capital_is_a_body() -> None:
    item = "Rà soát các dự án; đồng thời, ngành Điện lực phối hợp bảo đảm cấp điện"
    assert later_clause_body(item) == ["ngành Điện lực"]


def test_a_lower_case_accented_word_after_nganh_names_no_sector() -> None:
    item = "Tăng cường kiểm tra; đồng thời, ngành ăn uống phối hợp giữ vệ sinh"
    assert later_clause_body(item) == []
