"""A decision's number whose code a misprint or a scan lost ("Quyết định số 31/2023 ngày 14
tháng 3 năm 2023") is cited as printed, its kind written before it; a bare count over a year
with no kind before it is no number."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _numbers(text: str) -> list[str]:
    return [r.number for r in find_references(text, fold_keep(text), None, None)]


def test_a_decision_whose_code_was_lost_is_cited() -> None:
    text = "bổ sung tại khoản 1 Điều 5 Quyết định số 31/2023 ngày 14 tháng 3 năm 2023;"
    assert _numbers(text) == ["31/2023"]


def test_a_count_over_a_year_is_none() -> None:
    assert _numbers("Đã tiếp nhận tổng số 31/2023 ngày công lao động;") == []
