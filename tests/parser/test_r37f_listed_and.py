"""Documents listed with "và" and a qualified kind ("Báo cáo thẩm định số A ngày X và văn bản
giải trình số B ngày Y của Ban Z") share the issuer named after the last of them, as with a
comma or a semicolon."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

TEXT = (
    "Xét Báo cáo thẩm định số 41/BC-BQL ngày 12/3/2026 và văn bản giải trình số 512/BQL-QHXD "
    "ngày 02/5/2026 của Ban Quản lý Khu kinh tế tỉnh Quảng Ninh về kết quả thẩm định hồ sơ;\n"
)


def test_both_documents_are_the_boards() -> None:
    refs = find_references(TEXT, fold_keep(TEXT), None, None)
    assert [r.issuer for r in refs] == ["Ban Quản lý Khu kinh tế tỉnh Quảng Ninh"] * 2
