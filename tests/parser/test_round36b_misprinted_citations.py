"""Round 36b: two misprints in a cited document's number or date.

- "Nghị định số 35/2018/NĐ-CP ngày 14 năm 3 năm 2018 của chính phủ về ...": a date of three
  parts whose month word is misprinted "năm" is still the date the letter writes with the
  number (README: copied as printed when it is a day of the calendar), and the "của X" after
  it gives the issuer, as written ("chính phủ"); the parser found neither there.
- "Quyết định số 17/201 /QĐ-UBND ngày 20 tháng 8 năm 2019 của Ủy ban nhân dân tỉnh": a number
  whose year lost a digit, a space before its slash, is cited (README: written without the
  page's space, a misprint printed once copied as printed); the parser did not read it.
"""

from __future__ import annotations

from datetime import date

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _refs(text: str) -> list[tuple[str, str | None, date | None]]:
    found = find_references(text, fold_keep(text), None, 2025)
    return [(r.number, r.issuer, r.issued_on) for r in found]


def test_a_misprinted_month_word_still_dates_the_citation() -> None:
    text = (
        "Căn cứ Nghị định số 35/2018/NĐ-CP ngày 14 năm 3 năm 2018 của chính phủ về sửa đổi"
        " một số điều của các nghị định;"
    )
    assert _refs(text) == [("35/2018/NĐ-CP", "chính phủ", date(2018, 3, 14))]


def test_a_misprinted_year_word_still_dates_the_citation() -> None:
    # ("ngày 15 tháng 9 tháng 2022": not 15 September of the letter's year, its issuer lost)
    text = "Thực hiện Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 tháng 2022 của Thủ tướng Chính phủ"
    assert _refs(text) == [("1085/QĐ-TTg", "Thủ tướng Chính phủ", date(2022, 9, 15))]


def test_a_date_of_two_parts_is_not_read_so() -> None:
    # ("ngày 14 năm 2018": no month, no date; the issuer is not guessed past it)
    text = "Căn cứ Nghị định số 35/2018/NĐ-CP ngày 14 năm 2018 của Chính phủ;"
    assert _refs(text)[0][2] is None


def test_a_year_that_lost_a_digit_is_cited() -> None:
    text = (
        "Quyết định này thay thế Quyết định số 17/201 /QĐ-UBND\n\nngày 20 tháng 8 năm 2019 của"
        " Ủy ban nhân dân tỉnh về sửa đổi một số điều của Quy định."
    )
    assert _refs(text) == [("17/201/QĐ-UBND", "Ủy ban nhân dân tỉnh", date(2019, 8, 20))]
