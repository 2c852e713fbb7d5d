"""An ebook's text runs one a line (see test_r39d_text_runs) that cut a word or a code inside
itself: a lone consonant whose vowel went to the next runs ("cơ q" / "u" / "an thuế"), a code
of capitals cut letter by letter ("các Vụ: TH, P" / "L, KGV" / "X,", "Website T" / "C" /
"T;"), and a number's code cut after its first capital ("954/2020/" / "U" / "BTVQH14"): each
is written whole, as the README's line on words broken across lines says; a letterhead's
number and the "V/v" under it stay apart ("Số: 3200 /KBNN-KTNN" / "V" / "/v ...")."""

from __future__ import annotations

from directives.parser.shreds import reflowed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def _text(runs: list[str]) -> str:
    return reflowed("\n".join(runs) + "\n" + _FILL)


def test_a_consonant_cut_from_its_vowel_is_one_word() -> None:
    text = _text(["- Trường hợp người nộp thuế đã nộp thừa, cơ q", "u", "an", "thuế hoàn trả."])
    assert "cơ quan thuế hoàn trả." in text


def test_a_code_cut_letter_by_letter_is_whole() -> None:
    text = _text(["Nơi nhận:", "- Vụ: TH,", "P", "L, KGV", "X,", "TGĐ;", "- Website T", "C", "T;"])
    assert "- Vụ: TH, PL, KGVX, TGĐ;" in text
    assert "- Website TCT;" in text


def test_a_numbers_code_cut_after_its_first_capital_is_whole() -> None:
    text = _text(["V/v triển khai Nghị quyết số", "  954/2020/", "U", "BTVQH14", "Hà Nội, ngày"])
    assert "954/2020/UBTVQH14" in text


def test_a_letterheads_code_stays_apart_from_the_subject_line() -> None:
    text = _text(["Số:", "3200 /KBNN-KTNN", "V", "/v hướng dẫn giấy", "  nộp tiền"])
    assert "3200 /KBNN-KTNN\n" in text


def test_a_standing_committees_resolution_cut_before_its_terms_last_digit_is_whole() -> None:
    text = _text(["tại Nghị quyết số 954/2020/UBTVQH", "1", "4 ngày 02/06/2020 của Ủy ban"])
    assert "Nghị quyết số 954/2020/UBTVQH14 ngày 02/06/2020" in text
