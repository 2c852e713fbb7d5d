"""A cited decision that hands a body over names its issuer and then what it does: "của Ủy ban
nhân dân tỉnh X tiếp nhận nguyên trạng Ban Y ...": the issuer ends before "tiếp nhận"."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

TEXT = (
    "Căn cứ Quyết định số 312/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Phú Thọ tiếp "
    "nhận nguyên trạng Ban Quản lý các khu công nghiệp tỉnh Vĩnh Phúc về Ủy ban nhân dân tỉnh "
    "Phú Thọ quản lý;\n"
)


def test_the_issuer_ends_before_what_the_decision_receives() -> None:
    (ref,) = find_references(TEXT, fold_keep(TEXT), None, None)
    assert ref.issuer == "Ủy ban nhân dân tỉnh Phú Thọ"
