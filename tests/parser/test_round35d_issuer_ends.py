"""Round 35d: a cited document's issuer after "của" ends where the sentence goes on past
the body's name: before a figure the sentence gives ("... theo Nghị quyết số N của Quốc hội
khoảng 110 tỷ đồng": "Quốc hội"), before what the body does in it ("... của Chính phủ xác
định các dân tộc ...": "Chính phủ") and before what the cited documents do ("Các Nghị quyết
của Hội đồng nhân dân tỉnh sau đây hết hiệu lực ...": "Hội đồng nhân dân tỉnh")."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(r.number, r.issuer) for r in find_references(text, fold_keep(text), None, 2025)]


def test_an_issuer_ends_before_a_figure() -> None:
    text = (
        "Cụ thể: giảm thuế theo Nghị quyết số 11/2024/QH15 ngày 30/11/2024 của Quốc hội khoảng"
        " 90 tỷ đồng; giảm phí theo Nghị quyết số 22/2024/UBTVQH15 ngày 24/12/2024 của Ủy ban"
        " Thường vụ Quốc hội khoảng 40 tỷ đồng; giảm tiền thuê đất theo Nghị định số"
        " 33/2025/NĐ-CP ngày 11/4/2025 của Chính phủ 12,5 tỷ đồng."
    )
    assert _issuers(text) == [
        ("11/2024/QH15", "Quốc hội"),
        ("22/2024/UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
        ("33/2025/NĐ-CP", "Chính phủ"),
    ]


def test_an_issuer_ends_before_what_it_determines() -> None:
    text = (
        "Căn cứ Quyết định số 44/2025/QĐ-TTg ngày 29/9/2025 của Thủ tướng Chính phủ xác định"
        " các xã còn gặp nhiều khó khăn."
    )
    assert _issuers(text) == [("44/2025/QĐ-TTg", "Thủ tướng Chính phủ")]


def test_an_issuer_heading_a_list_ends_before_sau_day() -> None:
    text = (
        "Các Nghị quyết của Hội đồng nhân dân tỉnh sau đây hết hiệu lực kể từ ngày Nghị quyết"
        " này có hiệu lực thi hành: số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013 về cơ chế tài"
        " chính; số 16/2014/NQ-HĐND ngày 10 tháng 7 năm 2014 về học phí."
    )
    assert _issuers(text) == [
        ("15/2013/NQ-HĐND", "Hội đồng nhân dân tỉnh"),
        ("16/2014/NQ-HĐND", "Hội đồng nhân dân tỉnh"),
    ]
