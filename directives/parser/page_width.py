"""What a page cut at a fixed width tells by where it broke a line: a line its next word would
have fitted on was broken on purpose (a paragraph's or a title's end), not at the width. A
source that drops the blank lines between paragraphs leaves this sign standing, so ``blocks``
asks it where no blank line parts two paragraphs.
"""

from __future__ import annotations

from directives.parser.page_marks import page_number

# A printed page's width is well under this many characters: a wider "width" is a web page's
# paragraph set on one line, which tells nothing of where a line was broken
_PRINTED = 240


def word_fits(previous: str, line: str, full: int) -> bool:
    """On a page cut at the width ``full`` (``wrap.full_width``, 0 on a page cut at none),
    ``line``'s first word would have fitted on ``previous``: the page broke the line there
    itself."""
    return 0 < full < _PRINTED and _first_word_fits(previous, line, full)


def _first_word_fits(previous: str, line: str, width: int) -> bool:
    """``line``'s first word, after a space, fits on ``previous`` within ``width``."""
    words = line.split(maxsplit=1)
    return bool(words) and len(previous.rstrip()) + 1 + len(words[0]) <= width


# A line of prose at least this long shows the page's width is no less than its own length
_LONG_LINE = 80


def broke_short(previous: str, line: str) -> bool:
    """A long ``line`` whose first word would have fitted on the shorter ``previous``: no page
    wraps a line before its width, and the page is at least as wide as ``line``, so
    ``previous`` ended there ("- Tổng cục Y" / "Văn phòng Chính phủ có Công văn số ... gửi
    ...": the last item of a list, then the body's first paragraph, a source having dropped the
    blank line between them)."""
    return len(line) > _LONG_LINE and _first_word_fits(previous, line, len(line))


def item_ended(previous: str, line: str) -> bool:
    """``broke_short`` under a list's item ("- Tổng cục Y"): a body's sentences are broken
    short too (a heading, a sentence a line), so only an item's end is told by it."""
    return previous.startswith(("- ", "+ ")) and broke_short(previous, line)


# A page holds this many lines at least: a number nearer the last page's is a table's row's
_PAGE_LINES = 15
# How long a paragraph's first line is at least (a table's cell holds a few words)
_PROSE_LINE = 55


def title_over_capital(lines: list[str], k: int, before: str, after: str) -> bool:
    """ "3.6. Lộ trình thực hiện" / "5" / "Các bệnh viện ...": a page's number at ``k``, a
    page's worth of lines under any other number alone on its line (not a table's row's),
    stands between a short line that ends no sentence (a title, or a label on its colon: "3.
    Chế độ báo cáo:" / "4" / "Hằng năm, ...") and a line of prose opening in a capital: the
    page broke between a title and its paragraph."""
    short = len(before) < 60 and not before.endswith((".", ";", ","))
    prose = len(after) >= _PROSE_LINE and after[:1].isupper()
    return short and prose and _alone(lines, k)


def _alone(lines: list[str], k: int) -> bool:
    """No number alone on its line among the page's worth of lines of text above ``k`` (blank
    lines not counted: a source may drop them)."""
    seen = 0
    for line in reversed(lines[:k]):
        if seen >= _PAGE_LINES:
            break
        if line.strip():
            seen += 1
            if page_number(line) is not None:
                return False
    return True
