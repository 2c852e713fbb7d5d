"""What a printed page sets among a letter's words, decided in one place (page_marks) for
every pass that drops it: a page's number alone on its line (a text laid out as printed, a
gazette's page chrome, a dashed mark anywhere) and a footnote's number glued to a cited
number's code (in the text laid out as printed, and in the numbers the letter cites)."""

from __future__ import annotations

from directives.parser.clean import clean_text, fold_keep
from directives.parser.layout import drop_code_marks, drop_page_furniture
from directives.parser.page_marks import footnote_base, page_number
from directives.parser.references import find_references


def test_a_page_number_is_a_line_of_one_number_with_or_without_its_dashes() -> None:
    assert [page_number(x) for x in ("2", "   - 2 -", "– 46 –", "—3—", "1046")] == [
        2,
        2,
        46,
        3,
        1046,
    ]
    assert [page_number(x) for x in ("2.", "a) 2", "12345", "- 2 - 3", "")] == [None] * 5


def test_a_page_number_between_en_dashes_after_a_form_feed_leaves_the_sentence_whole() -> None:
    # the layout pass saw only "-" for a dash: the page's "– 2 –" stayed, a blank cut the
    # sentence in two once the later pass dropped it
    text = (
        "     Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương rà soát, báo cáo kết quả\n"
        "\x0c                                        – 2 –\n\n"
        "thực hiện trước ngày 30 tháng 6 năm 2026.\n"
    )
    assert clean_text(text)[:2] == [
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương rà soát, báo cáo kết quả",
        "thực hiện trước ngày 30 tháng 6 năm 2026.",
    ]


def test_a_gazettes_dashed_page_number_beside_its_running_head_goes_with_it() -> None:
    text = (
        "Các bộ, ngành tập trung triển khai các giải pháp về hội nhập quốc\n\n"
        "CÔNG BÁO/Số 302/Ngày 02-06-2026\n- 1046 -\n\ntế trong tình hình mới.\n"
    )
    assert clean_text(text)[:2] == [
        "Các bộ, ngành tập trung triển khai các giải pháp về hội nhập quốc",
        "tế trong tình hình mới.",
    ]


def test_a_year_alone_after_a_form_feed_is_no_page_number_of_a_letter() -> None:
    # a table's cell carried to the next page: a letter laid out as printed has no page 2026
    raws = ["| Chỉ tiêu | Năm |", "\x0c2026", "", "tiếp theo"]
    assert drop_page_furniture(raws) == ["| Chỉ tiêu | Năm |", "2026", "", "tiếp theo"]


def _cited_in(*numbers: str) -> set[str]:
    return set(numbers)


def test_a_footnotes_mark_after_a_codes_capitals_needs_no_footnote() -> None:
    cited = _cited_in("140/NQ-CP", "45/2024/TT-BTC").__contains__
    assert footnote_base("140/NQ-CP2", (), cited) == "140/NQ-CP"
    assert footnote_base("45/2024/TT-BTC12", (), cited) == "45/2024/TT-BTC"
    # the bare number cited nowhere else: the digits may be the code's own
    assert footnote_base("141/NQ-CP2", (), cited) is None


def test_a_footnotes_mark_after_a_codes_digits_needs_that_footnote() -> None:
    cited = _cited_in("42/2024/QH15").__contains__
    assert footnote_base("42/2024/QH151", {"1"}, cited) == "42/2024/QH15"
    assert footnote_base("42/2024/QH1512", {"12"}, cited) == "42/2024/QH15"
    # no footnote so numbered, or none at all: a code's digits are its own
    assert footnote_base("42/2024/QH151", {"2"}, cited) is None
    assert footnote_base("42/2024/QH151", (), cited) is None
    # a number with no code
    assert footnote_base("2024151", {"1"}, _cited_in("202415").__contains__) is None


def test_the_layout_pass_takes_a_mark_off_a_code_that_ends_in_digits() -> None:
    lines = [
        "Theo Luật số 15/2024/QH151 và Nghị định số 88/2025/NĐ-CP2, cơ quan đăng kiểm",
        "",
        "[^1]: Luật Đường bộ số 15/2024/QH15 ngày 20/6/2024",
        "[^2]: Nghị định số 88/2025/NĐ-CP ngày 10/4/2025",
    ]
    assert drop_code_marks(lines)[0] == (
        "Theo Luật số 15/2024/QH15 và Nghị định số 88/2025/NĐ-CP, cơ quan đăng kiểm"
    )
    # no footnotes on the page: nothing is a mark
    assert drop_code_marks(lines[:1]) == lines[:1]


def test_the_layout_pass_takes_a_mark_off_capitals_whose_footnote_the_page_lost() -> None:
    # the page's footnote 3 did not survive the text layer; the number is cited bare below
    lines = [
        "Thực hiện Nghị quyết số 45/NQ-CP3 của Chính phủ, Ủy ban nhân dân tỉnh yêu cầu",
        "các sở triển khai Nghị quyết số 45/NQ-CP.",
        "",
        "[^1]: Luật Đường bộ số 15/2024/QH15 ngày 20/6/2024",
    ]
    assert drop_code_marks(lines)[0].startswith("Thực hiện Nghị quyết số 45/NQ-CP của")


def test_the_cited_numbers_pass_still_takes_a_two_digit_mark_off_capitals() -> None:
    text = (
        "Thực hiện Nghị quyết số 45/NQ-CP12 của Chính phủ.\n"
        "12 Nghị quyết số 45/NQ-CP ngày 10/3/2025 của Chính phủ ban hành Chương trình."
    )
    refs = find_references(text, fold_keep(text), None, 2026)
    assert [r.number for r in refs] == ["45/NQ-CP"]


def test_an_ocr_tools_page_mark_and_the_page_number_under_it_leave_the_sentence_whole() -> None:
    # a scan's OCR marks each page "===== Trang N =====": a form feed, not the letter's words
    text = (
        "c) Chủ trì hướng dẫn, kiểm tra việc thực hiện quản lý chất lượng công trình\n"
        "trên địa bàn tỉnh.\n"
        "\n"
        "\n"
        "===== Trang 7 =====\n"
        "7\n"
        "\n"
        "d) Chủ trì thực hiện cấp giấy phép xây dựng theo thẩm quyền.\n"
    )
    lines = clean_text(text)
    assert not any("Trang 7" in line or line == "7" for line in lines)
    assert "trên địa bàn tỉnh." in lines
