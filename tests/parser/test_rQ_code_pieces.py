"""An ebook's text runs one a line (test_r42b_code_pieces) that cut a number's code after its
hyphen letter by letter ("406/N" / "Q" / "-UBTVQ" / "H" / "15 về ..."), or a word cut after a
slash it is glued to ("- Các Vụ/" / "Đơ" / "n vị ..."): each is written whole."""

from __future__ import annotations

from directives.parser.shreds import reflowed

_FILL = "\n".join(
    ["Căn", "cứ Luật Quản lý thuế, c", "ơ", " quan thu", "ế", "có trách nhiệm", "th", "i hành;"] * 8
)


def _text(runs: list[str]) -> str:
    return reflowed(_FILL + "\n" + "\n".join(runs))


def test_a_codes_letters_after_its_hyphen_are_whole() -> None:
    opening = "Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết số"
    text = _text([opening, "406/N", "Q", "-UBTVQ", "H", "15 về một số giải pháp hỗ trợ."])
    assert "Nghị quyết số 406/NQ-UBTVQH15 về một số giải pháp" in text


def test_a_word_cut_after_a_slash_is_glued_to_it_and_whole() -> None:
    text = _text(["Nơi nhận:", "- Như trên;", "- Các Vụ/", "Đơ", "n vị thuộc TCT;", "- Lưu: VT."])
    assert "- Các Vụ/Đơn vị thuộc TCT;" in text


def test_a_numbers_year_cut_digit_by_digit_is_whole() -> None:
    runs = ["(theo mẫu 2.4 tại Phụ lục ban hành kèm theo Thông tư số 1", "0", "/2", "0"]
    text = _text([*runs, "21/TT-BTC).", "- Lưu: VT."])
    assert "Thông tư số 10/2021/TT-BTC)." in text
    # (a date's day and month, then a count on the next run: no year to complete)
    assert "ngày 10/2 20 cán bộ" in _text(["Tập huấn ngày 10/2", "20 cán bộ tham dự."])
