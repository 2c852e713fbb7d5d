"""An ebook's text runs one a line (see test_r39d_text_runs): an article's title cut after a
word that needs what follows ("Điều 15. Trách nhiệm của các đơn vị thuộc" / "Tổng cục Hải
quan") or inside a body's name ("3. Tổng cục" / "Hải quan, ...") goes on, it is no heading over
a sentence; an article's whole title may run to fourteen words, a numbered heading's to
eleven."""

from __future__ import annotations

from directives.parser.shreds import reflowed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def _lines(runs: list[str]) -> list[str]:
    return reflowed("\n".join(runs) + "\n" + _FILL).splitlines()


def test_a_title_cut_after_a_word_that_needs_more_goes_on() -> None:
    lines = _lines(
        [
            "Điều 15. Trách nhiệm của các đơn vị thuộc",
            "Tổng cục Hải quan",
            "1. Cục Hải quan tỉnh chịu trách nhiệm:",
            "Điều 16. Điều khoản thi hành",
            "Quyết định này có hiệu lực kể từ ngày ký.",
        ]
    )
    assert "Điều 15. Trách nhiệm của các đơn vị thuộc Tổng cục Hải quan" in lines
    assert "Điều 16. Điều khoản thi hành" in lines  # (a title that is whole stays a heading)


def test_a_title_cut_inside_a_name_goes_on_and_an_articles_may_run_long() -> None:
    lines = _lines(
        [
            "Điều 14. Trách nhiệm của đơn vị đầu mối chủ trì của hai cơ quan",
            "Cục Quản lý rủi ro là đơn vị đầu mối, có trách nhiệm:",
            "1. Chủ trì giao ban định kỳ;",
            "3. Tổng cục",
            "Hải quan, Tổng cục Thuế căn cứ nội dung trao đổi thông tin để xây dựng hệ thống.",
        ]
    )
    assert "Điều 14. Trách nhiệm của đơn vị đầu mối chủ trì của hai cơ quan" in lines
    assert lines[3].startswith("3. Tổng cục Hải quan, Tổng cục Thuế căn cứ nội dung")
