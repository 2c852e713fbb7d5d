"""Round 13 (c): references in a PDF table. One cited in a task table's cell ("... theo Nghị
quyết số 12-NQ/TW của Bộ Chính trị | Bộ Công Thương | Các bộ, ngành |") takes as issuer
the body after "của" up to the cell's end, not the next cells' bodies; a footnote's digit the
page glued to a number's code ("45/NQ-CP2") is no part of the number when the letter cites
it bare as well."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

_ROW = (
    "| 7 | Thể chế hóa chủ trương phát triển năng lượng theo Nghị quyết số 12-NQ/TW của "
    "Bộ Chính trị | Bộ Công Thương | Các bộ, ngành | Báo cáo chuyên đề | Tháng 5/2026 |"
)


def test_an_issuer_in_a_tables_cell_ends_at_the_cell() -> None:
    refs = find_references(_ROW, fold_keep(_ROW), None, 2026)
    assert [(r.number, r.issuer) for r in refs] == [("12-NQ/TW", "Bộ Chính trị")]


def test_a_footnotes_digit_glued_to_a_numbers_code_is_dropped() -> None:
    # the page's cell ends "Nghị quyết số 45/NQ-CP2" over the footnote "2 Nghị quyết số
    # 45/NQ-CP ...": the same document, its number whole
    text = (
        "Điều 1. Bổ sung nhiệm vụ theo Nghị quyết số 45/NQ-CP2 của Chính phủ.\n"
        "2 Nghị quyết số 45/NQ-CP ngày 10/3/2025 của Chính phủ ban hành Chương trình hành động."
    )
    refs = find_references(text, fold_keep(text), None, 2026)
    assert [r.number for r in refs] == ["45/NQ-CP"]
    # a code that ends in digits of its own stays whole
    law = "Theo Nghị quyết số 190/2025/QH15 của Quốc hội."
    assert [r.number for r in find_references(law, fold_keep(law), None, 2026)] == ["190/2025/QH15"]
