"""Round rC: a full line of a page cut at a fixed width that ends on a sentence's "." (or a
list entry's ";") is read by one check, ``first_lines.full_line_ends``, wherever the parser
asks whether a paragraph goes on under it (``blocks.split_blocks``, ``cut_sentence_goes_on``)."""

from __future__ import annotations

from directives.parser.first_lines import cut_sentence_goes_on, full_line_ends

_FULL = 40
_ENDS = "Các phòng ban rà soát hồ sơ tồn đọng ngay."  # (42 characters: the page's width)


def test_a_full_line_ending_on_its_stop_is_read_trailing_spaces_aside() -> None:
    assert full_line_ends(_ENDS, _FULL)
    assert full_line_ends(_ENDS + "  ", _FULL)
    assert not full_line_ends(_ENDS, _FULL, ";")
    assert full_line_ends(_ENDS[:-1] + ";", _FULL, ";")


def test_a_short_line_or_a_page_cut_at_no_width_ends_no_full_line() -> None:
    assert not full_line_ends("Báo cáo trước ngày 15.", _FULL)
    assert not full_line_ends(_ENDS, 0)
    assert not full_line_ends(_ENDS[:-1] + ",", _FULL)


def test_a_cut_sentence_goes_on_only_over_a_line_of_the_pages_wrap() -> None:
    long_line = "Tham gia giám sát việc thực hiện chính sách;"
    assert cut_sentence_goes_on(_ENDS, long_line, _FULL)
    assert cut_sentence_goes_on(_ENDS + " ", long_line, _FULL)
    assert not cut_sentence_goes_on(_ENDS, "Tham gia.", _FULL)
