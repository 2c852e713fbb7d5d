"""A PDF's text laid out as on the page ("pdftotext -layout"): page furniture, footnotes and
two columns side by side.

Such a text keeps the page: a page number centred alone on its line where a page breaks
(after a form feed), the page's footnotes at its foot ("1 Các quy định ...", numbered as
the digit glued to a word above, "khoáng sản1"), and the blocks a letter sets side by side
(the "Nơi nhận" list at the left, the signer's capacity, title and name at the right) on
the same lines with a wide run of spaces between them:

    Nơi nhận:                                   KT. CHỦ TỊCH
    - Như trên;
    - Sở Tài chính;                             PHÓ CHỦ TỊCH
    - Lưu: VT.

                                                Nguyễn Văn A

The page numbers are dropped with the blank lines around them, so a sentence cut by the
page break reads whole again; a page's footnotes follow the paragraph the break cuts, each
as a Markdown footnote ("[^1]: ...", no part of the body's items but still citing its
documents where the page does); and a side-by-side closing block
is read as two streams, its left column and then its right one, as a web page's table of
the same block is.
"""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL
from directives.parser.page_marks import footnote_base, page_number

# The most pages a letter laid out as printed runs to: a number past it alone on its line
# is a table's or a title's ("2026"), not a page's
_MOST_PAGES = 999
# How far a page number stands from the margin: a centred line (list markers and table
# cells stand at the left or carry more than a number)
_CENTRED = 20
# A footnote's first line: its number, a space and a capital ("1 Các quy định ...")
_FOOTNOTE = re.compile(rf"^\s{{0,8}}(\d{{1,2}}) [{CAPITAL}]")
# How many lines a page's footnotes may take (blank lines not counted: a source may double them)
_FOOTNOTE_LINES = 14
# A run of spaces between two columns of one line
# (not the spaces a filled-in number leaves before its printed slash: "Số: 23   /2025/QĐ-UBND")
_GAP = re.compile(r"(?<=\S)(?:\t|   )\s*(?=[^\s/])")
_CLOSING = re.compile(r"^\s*n[ơo]i\s+nh[ậa]n\b", re.IGNORECASE)


def unprint(text: str) -> str:
    """The text without its pages' furniture and footnotes, its closing columns apart."""
    raws = text.replace("\x0c", "\n\x0c").split("\n")
    lines = drop_code_marks(drop_page_furniture(raws))
    return "\n".join(close_headings(split_closing_columns(lines)))


def is_page_number(raw: str, after_break: bool) -> bool:
    """A page's number: alone on its line, centred or just after a form feed."""
    number = page_number(raw)
    if number is None or number > _MOST_PAGES:
        return False
    return after_break or len(raw) - len(raw.lstrip()) >= _CENTRED


def drop_page_furniture(raws: list[str]) -> list[str]:
    """The lines without page numbers, each page's footnotes moved from its foot to the end
    of the paragraph the page break cuts (the sentence reads whole, the notes stay near the
    text that cites them)."""
    out: list[str] = []
    notes: list[str] = []  # the footnotes of the page before, as Markdown defines them
    page_start = 0
    after_break = False
    for raw in raws:
        if "\x0c" in raw:
            page_start = _end_page(out, page_start, notes)
            after_break = True
            raw = raw.replace("\x0c", "")
        if is_page_number(raw, after_break):
            page_start = _end_page(out, page_start, notes)
            after_break = True  # the blank lines after the number go too
            continue
        if after_break and not raw.strip():
            continue
        after_break = False
        if notes and (len(raw) - len(raw.lstrip()) >= 4 or _ITEM.match(raw)):
            out.extend(["", *notes, ""])
            notes.clear()
        out.append(raw)
    if notes:
        out.extend(["", *notes])
    return out


# A document number whose code ends in a digit ("42/2024/QH151", "105/2025/NĐ-CP2")
_CODED = re.compile(r"\b\d[\w.:/-]*/[\w.:/-]*\d\b")
_NOTE_NUMBER = re.compile(r"^\[\^(\d{1,2})\]:", re.MULTILINE)


def drop_code_marks(lines: list[str]) -> list[str]:
    """A page's footnote number glued to a document number's code ("Luật số 42/2024/QH151",
    "Nghị định số 105/2025/NĐ-CP2") taken off: the number without it is the one the text
    cites elsewhere (the footnote itself most often), the number with it nowhere else."""
    text = "\n".join(lines)
    notes = set(_NOTE_NUMBER.findall(text))
    if not notes:
        return lines
    marked: dict[str, str] = {}
    for number in {m.group(0) for m in _CODED.finditer(text)}:
        base = footnote_base(number, notes, lambda bare: _cited(bare, text))
        if base is not None:
            marked[number] = base
    if not marked:
        return lines
    pattern = re.compile("|".join(rf"{re.escape(n)}(?![\w/])" for n in marked))
    return [pattern.sub(lambda m: marked[m.group(0)], line) for line in lines]


def _cited(number: str, text: str) -> bool:
    """Whether the text cites ``number`` as a whole number."""
    return re.search(rf"{re.escape(number)}(?![\w/]|-[A-ZĐ])", text) is not None


# A line that opens a paragraph or an item: "- ...", "2. ...", "a) ..."
_ITEM = re.compile(r"^\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s")


def _end_page(out: list[str], page_start: int, notes: list[str]) -> int:
    """The page that ends with ``out`` closed: its footnotes moved to ``notes``, its last
    blank lines taken off; the next page's first line is returned."""
    notes.extend(_footnotes(out, page_start))
    while out and not out[-1].strip():
        out.pop()
    return len(out)


def _footnotes(out: list[str], page_start: int) -> list[str]:
    """The footnotes at the foot of the page that ends with ``out``, taken off it: from the
    earliest line of the foot that opens a footnote whose number a word above carries."""
    first, taken = len(out), 0
    while first > page_start and taken < _FOOTNOTE_LINES:
        first -= 1
        taken += bool(out[first].strip())
    for i in range(first, len(out)):
        m = _FOOTNOTE.match(out[i])
        if m is None:
            continue
        above = "\n".join(out[page_start:i])
        mark = rf"(?:[^\W\d_]{{2}}|/[\w.:-]*[A-ZĐ]\d{{0,2}}){m.group(1)}(?=[\s,;:.)…]|$)"
        if re.search(mark, above):
            notes = _as_notes([x.strip() for x in out[i:] if x.strip()], int(m.group(1)))
            del out[i:]
            return notes
    return []


def _as_notes(lines: list[str], number: int) -> list[str]:
    """A page's footnotes ("1 Các quy định ...", its lines, "2 ..."), each on one line as a
    Markdown footnote defines it: "[^1]: Các quy định ..." """
    notes: list[str] = []
    for line in lines:
        m = _FOOTNOTE.match(line)
        if m and int(m.group(1)) == number:
            notes.append(f"[^{number}]: {line[m.end(1) :].strip()}")
            number += 1
        else:
            notes[-1] += " " + line
    return notes


# A numbered heading's first line: "3. Tổ chức thực hiện", "II. KIẾN NGHỊ"
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.)\s+\S")
# A line that stops on a word a sentence cannot end on: wrapped, however short
_OPEN_WORD = re.compile(r"\s(?:và|của|các|về|với|cho|tại|theo|trong|để|đến|từ|số|ngày)$")


def close_headings(raws: list[str]) -> list[str]:
    """ "3. Tổ chức thực hiện" / "       Thủ trưởng các sở ...": a numbered heading of up to
    three lines whose last line stops well short of the page's width, its words ended, over
    a paragraph set in by its first-line indent, is closed with a ":" (the page shows it
    apart; its lines keep no indent from here on)."""
    lengths = sorted(len(raw.strip()) for raw in raws if raw.strip())
    if len(lengths) < 10:
        return raws
    width = lengths[int(len(lengths) * 0.9)]
    out = list(raws)
    start: int | None = None
    for i, raw in enumerate(raws[:-1]):
        text, nxt = raw.strip(), raws[i + 1]
        if not text:
            start = None
            continue
        start = i if _NUMBERED.match(raw) else start
        if start is None or i - start > 2 or not nxt.strip()[:1].isupper():
            continue
        ended = text.endswith((".", ",", ";", ":", "!", "?", "-")) or _OPEN_WORD.search(text)
        if ended or text.split()[-1][:1].isupper() or len(text) >= 0.75 * width:
            continue  # (a name cut at the line's end: "Đài Tiếng nói Việt" / "Nam ...")
        if len(nxt) - len(nxt.lstrip()) >= 4 and not _NUMBERED.match(nxt):
            out[i] = raw.rstrip() + ":"
            start = None
    return out


def split_closing_columns(raws: list[str]) -> list[str]:
    """A "Nơi nhận" list and the signer block set side by side: the left column's lines,
    then the right column's."""
    at = next((i for i, raw in enumerate(raws) if _CLOSING.match(raw)), None)
    if at is None:
        return raws
    column = _right_column(raws[at : at + 4])
    if column is None:
        return raws
    left: list[str] = []
    right: list[str] = []
    end = at
    blanks = 0
    while end < len(raws) and blanks <= 6:
        raw = raws[end].rstrip()
        blanks = blanks + 1 if not raw.strip() else 0
        indent = len(raw) - len(raw.lstrip())
        gap = _gap_at(raw, column)
        if gap is not None:
            left.append(raw[: gap[0]])
            right.append(raw[gap[1] :])
        elif raw.strip() and indent >= column - 8:
            right.append(raw)
        elif len(raw) <= column:
            left.append(raw)
        else:
            break  # a line across both columns: the block has ended
        end += 1
    return raws[:at] + left + right + raws[end:]


def _right_column(raws: list[str]) -> int | None:
    """Where the right column starts on the first lines of the block."""
    for raw in raws:
        gaps = list(_GAP.finditer(raw.rstrip()))
        if gaps:
            return max(gaps, key=lambda g: g.end() - g.start()).end()
    return None


def _gap_at(raw: str, column: int) -> tuple[int, int] | None:
    """The gap of ``raw`` that ends near the right column, as (start, end)."""
    for g in _GAP.finditer(raw):
        if abs(g.end() - column) <= 12 and g.end() - g.start() >= 6:
            return g.start(), g.end()
    return None


def layout_cells(raw: str) -> list[str]:
    """The cells of a line a text export laid out in columns: split at its widest runs of
    spaces (a tab, or a gap at least half as wide as the widest), not at the few spaces a
    justified line or a filled-in number puts between words ("Số:   4390     /UBND-NLN")."""
    text = raw.strip()
    gaps = list(_GAP.finditer(text))
    if not gaps:
        return [" ".join(text.split())]
    widest = max(g.end() - g.start() for g in gaps)
    cells: list[str] = []
    at = 0
    for g in gaps:
        if "\t" in g.group(0) or 2 * (g.end() - g.start()) >= widest:
            cells.append(text[at : g.start()])
            at = g.end()
    cells.append(text[at:])
    return [" ".join(c.split()) for c in cells]
