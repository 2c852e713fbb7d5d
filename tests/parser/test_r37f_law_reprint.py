"""A law a scan's OCR misread one digit of where the letter cites it again by the same name
("Luật Đầu tư công số 98/2024/QH15" then "Luật Đầu tư công số 58/2024/QH15") is the same law,
cited once as first printed; two laws of different names, or numbers apart by more than a
digit, stay apart."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

TEXT = (
    "Căn cứ Luật Đầu tư công số 98/2024/QH15 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15;\n"
    "Căn cứ Luật Xây dựng số 50/2014/QH13;\n"
    "Điều 4. Dự án quy định tại Điều 18 Luật Đầu tư công số 58/2024/QH15 được thực hiện;\n"
    "Căn cứ Luật Xây dựng số 30/2014/QH13 đã được sửa đổi;\n"
    "Căn cứ Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số 27/2023/QH15;\n"
    "Căn cứ Luật Đấu thầu số 22/2023/QH15;\n"
)


def test_a_misread_reprint_of_a_named_law_is_the_law_first_printed() -> None:
    numbers = [r.number for r in find_references(TEXT, fold_keep(TEXT), None, None)]
    assert numbers == [
        "98/2024/QH15",
        "90/2025/QH15",
        "50/2014/QH13",
        "31/2024/QH15",
        "27/2023/QH15",
        "22/2023/QH15",
    ]
