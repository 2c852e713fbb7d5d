"""Round 36c: a document cited with its issuer before its date ("Quyết định số 411/QĐ-TTg của
Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt ...") is dated by the date written right after
that issuer."""

from __future__ import annotations

from datetime import date

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _refs(text: str) -> list[tuple[str, str | None, date | None]]:
    return [
        (r.number, r.issuer, r.issued_on)
        for r in find_references(text, fold_keep(text), None, 2025)
    ]


def test_the_date_after_the_issuer_is_the_documents() -> None:
    assert _refs(
        "Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt"
        " Chiến lược quốc gia phát triển kinh tế số;"
    ) == [("411/QĐ-TTg", "Thủ tướng Chính phủ", date(2022, 3, 31))]


def test_a_date_written_with_the_number_comes_first() -> None:
    assert _refs("Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ;") == [
        ("411/QĐ-TTg", "Thủ tướng Chính phủ", date(2022, 3, 31))
    ]
