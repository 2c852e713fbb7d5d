"""A scan's OCR that reads a speck after "tháng" as a comma ("ngày 20 tháng, 8 năm 2021") still
writes a date, as a comma before "năm" already does."""

from __future__ import annotations

from datetime import date

from directives.parser.clean import fold_keep
from directives.parser.dates import DATE_RE, date_from_match
from directives.parser.references import find_references


def test_a_comma_after_thang_keeps_the_date() -> None:
    m = DATE_RE.search(fold_keep("ngày 20 tháng, 8 năm 2021"))
    assert m is not None and date_from_match(m, None) == date(2021, 8, 20)


def test_the_cited_decision_keeps_its_date_and_issuer() -> None:
    text = (
        "a) Quyết định số 17/2021/QĐ-UBND ngày 20 tháng, 8 năm 2021 của Ủy ban nhân dân tỉnh "
        "Hà Giang ban hành quy định cấp giấy phép xây dựng;\n"
    )
    (ref,) = find_references(text, fold_keep(text), None, None)
    assert (ref.issued_on, ref.issuer) == (date(2021, 8, 20), "Ủy ban nhân dân tỉnh Hà Giang")
