"""Round r41e: in an ebook's text runs one a line (see test_r39d_text_runs), a "Nơi nhận" list
whose dashes stand on lines of their own and whose entries carry, after their ";", the words
of a note written down the list ("- Ban chỉ đạo CCHC Chính phủ; để" / "-" / "Bộ trưởng, chủ
nhiệm VPCP; báo" / "-" / "Bộ trưởng Bộ Nội vụ; cáo"): the bare dash opens the next entry, the
note's word staying with its entry as written (139/02's distribution). The reflow read "để"
as a word that goes on and ran the next entry onto it."""

from __future__ import annotations

from directives.parser.shreds import reflowed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def _lines(runs: str) -> list[str]:
    return reflowed(_FILL + "\n" + runs).splitlines()


def test_a_bare_dash_after_a_noted_entry_opens_the_next() -> None:
    runs = (
        "Nơi\n  nhận:\n-\n  Ban chỉ đạo CCHC Chính phủ; để\n-\n  Bộ trưởng, chủ nhiệm VPCP; báo\n"
        "-\n  Bộ trưởng Bộ Nội vụ; cáo\n-\n  TT TU, TT HĐND tỉnh;\n-\n  Lưu: VT, TH1."
    )
    lines = _lines(runs)
    assert "- Ban chỉ đạo CCHC Chính phủ; để" in lines
    assert "- Bộ trưởng, chủ nhiệm VPCP; báo" in lines
    assert "- Bộ trưởng Bộ Nội vụ; cáo" in lines
