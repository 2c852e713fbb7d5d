"""A scan's OCR that misreads one diacritic of the type line ("QUYÉT ĐỊNH" for "QUYẾT ĐỊNH")
leaves the type as the line writes it, the README's type as written; a type line read right
is the type as before."""

from __future__ import annotations

from directives.parser.ocr_words import type_as_written


def test_a_type_line_with_a_misread_mark_is_the_type_as_written() -> None:
    lines = ["ỦY BAN NHÂN DÂN", "Số: 07/2026/QĐ-UBND", "QUYÉT ĐỊNH", "Về việc ..."]
    assert type_as_written("QUYẾT ĐỊNH", lines) == "QUYÉT ĐỊNH"


def test_a_type_line_read_right_or_in_a_sentence_changes_nothing() -> None:
    assert type_as_written("QUYẾT ĐỊNH", ["QUYẾT ĐỊNH", "Quyét định"]) == "QUYẾT ĐỊNH"
    assert type_as_written("CÔNG VĂN", ["Quyét định số 12"]) == "CÔNG VĂN"


def test_a_type_line_read_right_stands_before_a_misread_one_below() -> None:
    assert type_as_written("QUYẾT ĐỊNH", ["QUYẾT ĐỊNH", "QUYÉT ĐỊNH:"]) == "QUYẾT ĐỊNH"
