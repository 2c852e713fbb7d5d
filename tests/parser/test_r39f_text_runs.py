"""More of an ebook's text runs one a line (see test_r39d_text_runs): an article's number
broken between runs ("Điều 1" / "7" / ". Tổ chức thực hiện"), the decision's "QUYẾT" / "ĐỊNH:"
after a recital that ends in a comma, and a clause's title cut before a body's code ("1.
Trưởng phòng" / "TC- HC chịu trách nhiệm ...")."""

from __future__ import annotations

from directives.parser.shreds import reflowed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def _lines(runs: str) -> list[str]:
    return reflowed(_FILL + "\n" + runs).splitlines()


def test_an_articles_number_broken_between_runs_is_whole() -> None:
    lines = _lines("Chương V\nĐIỀU KHOẢN THI HÀNH\nĐiều 1\n7\n. Tổ\n  chức thực hiện\n1.\nGiao")
    assert "Điều 17. Tổ chức thực hiện" in lines
    lines = _lines("Điều 3\n2\n. Trách nhiệm thi hành\n1. Các phòng thực hiện.")
    assert "Điều 32. Trách nhiệm thi hành" in lines


def test_the_decisions_own_word_opens_its_line_after_a_comma() -> None:
    runs = (
        "Xét đề nghị của Trưởng phòng Tổ chức cán bộ, Cục Thuế,\nQUYẾT\r\nĐỊNH:\nĐiều\n1.\nBan hành"
    )
    lines = _lines(runs)
    assert "QUYẾT ĐỊNH:" in lines
    assert any(line.endswith("Trưởng phòng Tổ chức cán bộ, Cục Thuế,") for line in lines)


def test_a_title_cut_before_a_bodys_code_goes_on() -> None:
    runs = "1.\nTrưởng\nphòng\nTC- HC\nchịu trách nhiệm hướng\n  dẫn thực hiện Quy chế này.\n2. Các"
    lines = _lines(runs)
    assert "1. Trưởng phòng TC- HC chịu trách nhiệm hướng dẫn thực hiện Quy chế này." in lines


def test_a_heading_over_its_sentence_still_parts() -> None:
    lines = _lines("4. Thời gian lập kế hoạch\nKế hoạch được lập hằng năm.")
    assert "4. Thời gian lập kế hoạch" in lines
    lines = _lines("4. Thời gian lập kế hoạch\nUBND tỉnh lập kế hoạch hằng năm.")
    assert "4. Thời gian lập kế hoạch" in lines


def test_a_place_cut_before_its_last_word_is_one_line_with_the_date() -> None:
    runs = "V/v\nhướng dẫn\n  quyết toán thuế.\nĐà\nNẵng, ngày 02 tháng 3 năm\n  2016\nKính gửi:"
    lines = _lines(runs)
    assert "Đà Nẵng, ngày 02 tháng 3 năm 2016" in lines
    lines = _lines("CỤC THUẾ\nHà Nội, ngày 02 tháng 3 năm 2016\nKính gửi:")
    assert "Hà Nội, ngày 02 tháng 3 năm 2016" in lines


def test_a_code_the_page_spaced_after_its_hyphen_is_the_numbers() -> None:
    from directives.parser.header import _NUMBER
    from directives.parser.header_number import header_number

    line = "Số: 512/TCT- DNL"
    number = _NUMBER.search(line)
    assert number is not None
    assert header_number([line], 0, number) == "512/TCT-DNL"


def test_a_head_of_department_stands_for_the_departments() -> None:
    from directives.parser.bodies import TITLES

    said = "Trưởng phòng các Phòng thuộc Cục Thuế chịu trách nhiệm phổ biến Quy chế."
    title = TITLES.match(said)
    assert title is not None and said[title.end() :].startswith("các Phòng thuộc Cục Thuế")
    said = "Trưởng phòng TC- HC chịu trách nhiệm hướng dẫn thực hiện Quy chế này."
    title = TITLES.match(said)
    assert title is not None and said[title.end() :].startswith("phòng TC- HC")
    assert TITLES.match("Trưởng phòng chống dịch") is None
