"""An investment approval cited with its edition between its number and its date ("số
415/QĐ-BQLKCN cấp lần đầu ngày 12/3/2019", "số 77/QĐ-BQLKCN điều chỉnh lần thứ 02 ngày
05/6/2024 của Ban X"): the date is the approval's, and the body named after it its issuer."""

from __future__ import annotations

from datetime import date

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

TEXT = (
    "Căn cứ Quyết định chấp thuận chủ trương đầu tư số 77/QĐ-BQLKCN điều chỉnh lần thứ 02 "
    "ngày 05/6/2024 của Ban Quản lý các khu công nghiệp tỉnh Phú Thọ;\n"
)


def test_the_edition_stands_between_the_number_and_its_date() -> None:
    (ref,) = find_references(TEXT, fold_keep(TEXT), None, None)
    assert (ref.issued_on, ref.issuer) == (
        date(2024, 6, 5),
        "Ban Quản lý các khu công nghiệp tỉnh Phú Thọ",
    )


LISTED = (
    "Căn cứ Quyết định chủ trương đầu tư số 415/QĐ-BQLKCN cấp lần đầu ngày 12/3/2019, Quyết "
    "định chấp thuận điều chỉnh chủ trương đầu tư số 31/QĐ-BQLKCN điều chỉnh lần thứ nhất ngày "
    "19/5/2022 và Quyết định chấp thuận điều chỉnh chủ trương đầu tư đồng thời chấp thuận nhà "
    "đầu tư số 77/QĐ-BQLKCN điều chỉnh lần thứ 02 ngày 05/6/2024 của Ban Quản lý các khu công "
    "nghiệp tỉnh Phú Thọ;\n"
)


def test_an_approvals_editions_listed_together_share_the_issuer_after_the_last() -> None:
    refs = find_references(LISTED, fold_keep(LISTED), None, None)
    assert [r.issuer for r in refs] == ["Ban Quản lý các khu công nghiệp tỉnh Phú Thọ"] * 3
    assert [r.issued_on for r in refs] == [date(2019, 3, 12), date(2022, 5, 19), date(2024, 6, 5)]
