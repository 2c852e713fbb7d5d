"""What a printed page sets among a letter's words, decided in one place (page_marks) for
every pass that drops it: a page's number alone on its line (a text laid out as printed, a
gazette's page chrome, a dashed mark anywhere)."""

from __future__ import annotations

from directives.parser.clean import clean_text
from directives.parser.layout import drop_page_furniture
from directives.parser.page_marks import page_number


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
