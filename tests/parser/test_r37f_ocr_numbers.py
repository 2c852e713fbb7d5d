"""Numbers a scan's OCR broke: a space inside the number right after "số" ("Nghị định số
1 25/2024/NĐ-CP", the number written whole) and the slash before the code lost
("312/2024NĐ-CP", cited as printed with its date)."""

from __future__ import annotations

from datetime import date

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

TEXT = (
    "Căn cứ Nghị định số 1 25/2024/NĐ-CP của Chính phủ quy định về phân cấp;\n"
    "Căn cứ Nghị định số 85/2024/NĐ-CP của Chính phủ được sửa đổi bởi Nghị định số\n"
    "312/2024NĐ-CP ngày 18 tháng 10 năm 2024;\n"
    "Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 05 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh.\n"
    "Tổng số 2 10/2024 hồ sơ đã tiếp nhận.\n"
)


def test_numbers_an_ocr_broke_are_read() -> None:
    refs = find_references(TEXT, fold_keep(TEXT), None, None)
    assert [r.number for r in refs] == [
        "125/2024/NĐ-CP",
        "85/2024/NĐ-CP",
        "312/2024NĐ-CP",
        "12/2023/QĐ-UBND",
    ]
    glued = refs[2]
    assert (glued.type, glued.issued_on) == ("nghị định", date(2024, 10, 18))
