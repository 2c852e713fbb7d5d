"""Round 42e: a tax department's decision replacing older ones (124/01). An older number whose
code's parts stand apart by "/", the issuer's code before the kind's or after it ("Quyết định
số 1188/QĐ/TCT", "Quyết định số 1788 TCT/QĐ/TTHT"), is one reference, written as printed, and
the documents listed under one "của X" take X each."""

from __future__ import annotations

from datetime import date

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def test_older_numbers_with_their_codes_apart() -> None:
    text = (
        "Điều 2. Quyết định này thay thế các Quyết định số 2015 TCT/QĐ/TH ngày 05/10/2003 và"
        " Quyết định số 907/QĐ/TCT ngày 14/6/2005 của Tổng cục trưởng Tổng cục Thuế."
    )
    refs = find_references(text, fold_keep(text), None, 2011)
    assert [(r.number, r.type, r.issuer, r.issued_on) for r in refs] == [
        ("2015 TCT/QĐ/TH", "quyết định", "Tổng cục trưởng Tổng cục Thuế", date(2003, 10, 5)),
        ("907/QĐ/TCT", "quyết định", "Tổng cục trưởng Tổng cục Thuế", date(2005, 6, 14)),
    ]


def test_a_date_is_no_older_number() -> None:
    text = "Căn cứ Quyết định số 115/2009/QĐ-TTg ngày 28/9/2009 của Thủ tướng Chính phủ;"
    refs = find_references(text, fold_keep(text), None, 2011)
    assert [r.number for r in refs] == ["115/2009/QĐ-TTg"]
