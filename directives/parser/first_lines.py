"""A page that cuts each paragraph's first line short: a web page's text converted with the
paragraph's first-line indent, so that every item stops after a few words on its first line and
goes on under it ("4. Ban hành quy định hoạt động" / "Ban biên tập Cổng TTĐT thành phần ...",
"1. Là cơ quan thường trực" / "Ban biên tập ..."), a blank line between paragraphs.

On such a page a short first line is no title however the line under it opens (a body's name
in capitals): it goes on. ``blocks`` asks this before its tests for a title.
"""

from __future__ import annotations

import re

from directives.parser.bodies import heading_bodies
from directives.parser.item_paragraphs import Block
from directives.parser.wrap import open_ending

# An item's marker ("1.", "2.1.", "a)", "-", "+") before its words
_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+])\s*\S")
# How short a first line is against the page's width, and how many cut ones make the layout
_SHORT = 0.6
# (against the lines around it: a first line cut at two thirds of the wrap)
_CUT_SHORT = 0.7
_CUT_LINES = 5
_CUT_SHARE = 0.75
# How long a field's label may be ("Cơ quan nhận báo cáo:")
_LABEL_LONGEST = 60


def _short_first(lines: list[str], k: int, full: int, gap_free: bool = False) -> bool:
    """The line at ``k`` opens an item after a blank line (any line on a ``gap_free`` page),
    stops short with no sentence's end and has a line under it."""
    line = lines[k]
    return (
        0 < k < len(lines) - 1
        and (gap_free or not lines[k - 1])
        and bool(lines[k + 1])
        and _ITEM.match(line) is not None
        and len(line) < full * _SHORT
        and not line.rstrip().endswith((".", ";", ":"))
    )


def first_lines_cut(lines: list[str], full: int, gap_free: bool = False) -> bool:
    """The page cuts its paragraphs' first lines short: of the items' short first lines after a
    blank line (or none, on a ``gap_free`` page), most (and several) go on under them in lower
    case."""
    if not full:
        return False
    short = [k for k in range(1, len(lines) - 1) if _short_first(lines, k, full, gap_free)]
    cut = sum(1 for k in short if lines[k + 1][:1].islower())
    # (on a gap-free page, a title over a paragraph whose own first line is cut short, "+ Nội
    # dung theo dõi" / "Tình hình thực hiện chế độ báo" / "cáo của ...", tells nothing either way)
    titled = sum(1 for k in short if gap_free and _over_cut_line(lines, k, full))
    return cut >= _CUT_LINES and cut >= (len(short) - titled) * _CUT_SHARE


def _over_cut_line(lines: list[str], k: int, full: int) -> bool:
    """Under the short item's line at ``k``, a short line in a capital goes on in lower case
    under it: the next paragraph's cut first line."""
    below = lines[k + 1 : k + 3]
    return (
        len(below) == 2
        and below[0][:1].isupper()
        and len(below[0]) < full * _CUT_SHORT
        and below[1][:1].islower()
    )


def cut_first_line(current: Block | None, previous: str, full: int, gap_free: bool = False) -> bool:
    """On a page that cuts first lines (``first_lines_cut``), ``previous`` is the short first
    line of an item after a blank line (any item on a ``gap_free`` page; no article's or part's
    title), nothing under it yet: the line under it goes on with it."""
    if current is None or current.marker in (None, "article", "roman", "capital", "table"):
        return False
    # (not a heading closed by its colon: "4. Các cơ sở nuôi trồng thủy sản:" / "Theo dõi ...")
    closed = previous.rstrip().endswith((".", ";", ":"))
    opens = current.after_gap or gap_free
    return opens and not current.parts and len(previous) < full * _SHORT and not closed


def field_over_value(current: Block | None, line: str) -> bool:
    """ "c) Cơ quan nhận báo cáo:" / "UBND tỉnh (qua Sở Khoa học và Công nghệ).": an item's
    first line ends on a field's label that names no body, and the line under it names the body
    the field holds, no more: the field's value goes on in the item (a field naming a body, no
    heading; "4. Các cơ sở nuôi trồng thủy sản:" names the bodies whose work follows)."""
    if current is None or current.marker in (None, "article", "roman", "capital", "table"):
        return False
    label = current.text.rstrip()
    if current.parts or not label.endswith(":") or len(label) > _LABEL_LONGEST:
        return False
    return (
        not heading_bodies(label)
        and line.rstrip().endswith((".", ";"))
        and bool(heading_bodies(line))
    )


def ends_over_cut(current: Block, previous: str, line: str, full: int) -> bool:
    """ "b) Hoàn thiện hạ tầng kỹ" / "thuật ... sinh" / "hoạt sau phân loại" / "Ủy ban nhân dân
    các tỉnh," / "thành phố ...:": on a page cut at ``full`` whose paragraphs' first lines are
    short, a short line that ends an item's wrap (not its first line), then another short line
    in a capital that stops mid-sentence and goes on below it: the next paragraph's cut first
    line, with or without the blank line between them."""
    if not full or not current.parts or current.marker in (None, "table"):
        return False
    width = min(full, max(len(part) for part in current.parts))  # (the item's own wrap)
    return (
        len(previous) < width * _SHORT
        and len(line) < width * _SHORT
        and line[:1].isupper()
        and line.rstrip().endswith(",")
        and not previous.rstrip().endswith((",", ";", ":"))
    )


def cut_sentence_goes_on(previous: str, line: str, full: int) -> bool:
    """On a page with no blank lines that cuts its paragraphs' first lines short, a full line
    that ends a sentence ("... về dân số và phát triển.") over a line as long as the page's
    wrap ("Tham gia giám sát việc thực hiện chính sách, ...;"): the paragraph goes on, for
    one that opens there would open on a short line."""
    return full_line_ends(previous, full) and len(line) >= full * _SHORT


def full_line_ends(previous: str, full: int, stop: str = ".") -> bool:
    """``previous`` fills the page's wrap (``full`` its width, 0 on a page cut at none) and ends
    on ``stop``, trailing spaces aside: a sentence's "." (or a list entry's ";") at the page's
    width, where the paragraph may go on under it (``blocks`` and ``cut_sentence_goes_on`` say
    when it does)."""
    return bool(full) and len(previous) >= full and previous.rstrip().endswith(stop)


def cut_line_opens(current: Block, previous: str, lines: list[str], k: int, full: int) -> bool:
    """ "3. Các doanh nghiệp có cửa hàng bán lẻ xăng dầu" / "Thực hiện nghiêm túc các nội dung
    tại Quyết định" / "này và các quy định ...": on a page that cuts its paragraphs' first lines
    short, a short line ``lines[k]`` in a capital under an item's short line that ends no
    sentence and leaves nothing open, the line under it going on in lower case: the next
    paragraph's short first line (a paragraph's wrap runs to the width), the item's line above
    it a title of its own, whether a blank line stands between them or not. How short is
    judged against the lines around (a page's widest line may be a paragraph set on one)."""
    line, below = lines[k], lines[k + 1] if k + 1 < len(lines) else ""
    if not full or current.marker in (None, "table"):
        return False
    width = min(full, max(len(near) for near in lines[max(0, k - 3) : k + 4]))
    end = previous.rstrip().rstrip("*_").rstrip()
    return (
        len(previous) < width * _CUT_SHORT
        and len(line) < width * _CUT_SHORT
        and line[:1].isupper()
        # (in lower case, or a full line: "Đề nghị Ủy ban Mặt trận Tổ quốc" / "Việt Nam thành
        # phố và ...", the name it cut going on at the page's width)
        and (below[:1].islower() or len(below) >= width)
        and not end.endswith((",", ";", ":", "-", "(", "."))
        and not open_ending(end)
        and not line.rstrip().endswith((".", ";", ":"))
    )
