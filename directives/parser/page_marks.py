"""What a printed page sets among a letter's words that is no part of the letter: the page's
number alone on its line, and a footnote's number glued to the code of a document number.

Each is decided here once. The passes that drop them say only where they look: a text laid
out as printed (``layout``: after a form feed, a centred line), a gazette's page chrome
(``gazette``: beside its running head), the numbers a letter cites (``cited_forms``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection

from directives.parser.letters import CAPITAL

# A page's number alone on its line: "2", "- 2 -", "– 46 –" (its dashes as the page set
# them, before the text's dashes are made plain), "1046" (a gazette's pages run on)
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?\s*$")
# The same between dashes, on a line of its own wherever it stands in a text whose lines
# are stripped and dashes plain ("- 2 -"): no letter writes a line so
DASHED_PAGE_NUMBERS = re.compile(r"^- ?\d{1,3} ?-$", re.MULTILINE)

# A converter's page mark, on a line of its own (indented or not)
# (or an OCR tool's, "===== Trang 21 =====": a scan's page and its number)
BREAK_MARK = re.compile(
    r"\n[ \t]*(?:--- PAGE BREAK ---|={3,} ?(?:Trang|Page) \d{1,4} ?={3,})[ \t]*\n"
)

# A document-sharing site's page mark glued to the page's first line, a letterhead in capitals
# ("Trang 1UBND TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA ..."): no letter runs a word into capitals so
GLUED_PAGE_MARK = re.compile(rf"^Trang \d{{1,3}}(?=[{CAPITAL}]{{2}})", re.MULTILINE)


def page_number(raw: str) -> int | None:
    """The page's number ``raw`` holds and nothing else, or None."""
    m = _PAGE_NUMBER.match(raw)
    return int(m.group(1)) if m else None


def pages_in_turn(lines: list[str]) -> set[int]:
    """The lines that hold only a page's number, the pages numbered in turn from 2 through the
    text (a PDF that draws each page's number first: "2", "3", ... where its pages break), at
    least three of them: where each stands."""
    taken: list[int] = []
    for k, line in enumerate(lines):
        if line and page_number(line) == len(taken) + 2:
            taken.append(k)
    return set(taken) if len(taken) >= 3 else set()


# A document number's code: a capital after its slash ("/NĐ-CP", "/QH15")
_CODE = re.compile(r"/[^/]*[A-ZĐ]")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def footnote_base(number: str, notes: Collection[str], cited: Callable[[str], bool]) -> str | None:
    """``number`` without the footnote's mark a page glued to its code ("140/NQ-CP2",
    "42/2024/QH151"), or None where its last digits are its own.

    They are a mark when the number without them is ``cited`` whole as well (a code never
    ends in a digit its bare form lacks) and they either follow the code's last capital (a
    code ending in capitals: "CP2") or are the number of one of the page's footnotes
    (``notes``: a code that ends in digits of its own, "QH15" and the mark "1")."""
    for size in (1, 2):
        base, digits = number[:-size], number[-size:]
        if len(number) <= size or not digits.isdigit():
            return None
        after_capital = base[-1] in _CAPITALS
        if (after_capital or (digits in notes and _CODE.search(base))) and cited(base):
            return base
    return None


# "... tại khoản" / "1. 5" / "": the page's number set after the last words of its page, a
# sentence's end between them
_GLUED_AFTER_STOP = re.compile(r"(?<=[.;])\s+(\d{1,3})$")


def glued_page_numbers(lines: list[str]) -> dict[int, int]:
    """The lines that end with their page's number glued after a sentence's end ("1. 5" over a
    blank line, the pages around numbered 4 and 6 alone on their lines): where each line's own
    words end."""
    alone = [(k, n) for k, line in enumerate(lines) if line and (n := page_number(line))]
    cuts: dict[int, int] = {}
    for (before, p), (after, q) in itertools.pairwise(alone):
        if q != p + 2:
            continue
        for k in range(before + 1, after):
            m = _GLUED_AFTER_STOP.search(lines[k])
            if m and int(m.group(1)) == p + 1 and k + 1 < len(lines) and not lines[k + 1]:
                cuts[k] = m.start()
    return cuts


# "5 đ) Khi có yêu cầu ...": a footnote at the page's foot, its number first
_FOOTNOTE = re.compile(r"(\d{1,2})\s+\S")
# How many lines one footnote may wrap to
_NOTE_LINES = 6


def footnote_opens(lines: list[str], k: int) -> bool:
    """The line at ``k`` opens a footnote: its number first, not a sentence's wrapped line that
    opens on a figure ("... có thời hạn" / "02 năm, đã hết hiệu lực.")."""
    above = lines[k - 1].rstrip() if k else ""
    runs_on = above[-1:] == "," or (above[-1:].isalpha() and above[-1:].islower())
    return _FOOTNOTE.match(lines[k]) is not None and not runs_on


def foot_notes(lines: list[str], k: int) -> int | None:
    """Where the footnotes at a page's foot begin, over the page's number at ``k`` ("2 “đ) Bản
    sao ...;”." / "3 13. Bảo trì ..." / "4 Điểm g, ..." / "3"): the notes numbered in turn,
    the last one's end right over the number, each one's first line under a sentence's end."""
    first: int | None = None
    expected: int | None = None
    j = k - 1
    while j >= 0 and lines[j] and k - j <= _NOTE_LINES * 8:
        m = _FOOTNOTE.match(lines[j])
        # (not an item numbered so: "2 - Sở Lao động, Thương binh và Xã hội ...")
        dashed = lines[j][m.end(1) :].lstrip()[:1] in "-–+" if m else False
        if m and not dashed and footnote_opens(lines, j) and expected in (None, int(m.group(1))):
            above = lines[j - 1].rstrip() if j else ""
            if not above.endswith((".", ";", ":", "”", ")")):
                return None
            first, expected = j, int(m.group(1)) - 1
        elif first is None and k - j > _NOTE_LINES:
            return None  # (the last note's first line is not near the number)
        elif first is not None and first - j >= _NOTE_LINES:
            break  # (the body's lines above the first note)
        j -= 1
    return first
