"""Text clean-up before parsing: NFC, Markdown marks, flattened header cells, footnote digits.

``fold_keep`` folds accents and case one character for one character, so a
regex run on the folded text gives offsets valid in the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from directives.parser.bare_tables import pipe_bare_tables
from directives.parser.bold_heads import bold_heads
from directives.parser.cells import rebuild_tables
from directives.parser.chars import read_page
from directives.parser.gazette import drop_page_chrome, may_hold_chrome
from directives.parser.layout import layout_cells, unprint
from directives.parser.list_markers import (
    LONE_MARKER,
    MARKER_TAB,
    join_lone_markers,
    number_lost_markers,
)
from directives.parser.ocr_words import reread
from directives.parser.page_marks import BREAK_MARK, DASHED_PAGE_NUMBERS, GLUED_PAGE_MARK
from directives.parser.pdf_tables import rebuild_pdf_tables
from directives.parser.role_dashes import join_role_dashes
from directives.parser.spilled import spill_headers


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        folded = _fold_char(ch)
        if folded != ch:
            table[code] = folded
    # Cyrillic letters a page's text layer put for their Latin look-alikes ("củа" with a
    # Cyrillic "а"): read as the Latin letter, so the words around them are found
    for cyrillic, latin in zip("аеорсхуіАЕОРСХУІ", "aeopcxyiaeopcxyi", strict=True):
        table[ord(cyrillic)] = latin
    return table


_FOLD_TABLE = _fold_table()


def fold_keep(text: str) -> str:
    """Lower-case and strip accents of Latin letters, one character for one (offsets stay valid)."""
    if text.isascii():
        return text.lower()
    # Fast path: Vietnamese letters decompose to an ASCII letter and marks; if nothing
    # else is outside ASCII the lengths agree and the result equals the table's.
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = bare.encode("ascii", "ignore")
    if len(ascii_only) == len(text):
        return ascii_only.decode("ascii").lower()
    return text.translate(_FOLD_TABLE)


def folding_to(letter: str) -> frozenset[str]:
    """The characters ``fold_keep`` may fold to ``letter`` (an ASCII lower-case one), by its
    table or by decomposing (the Kelvin and Ångström signs too): a guard that skips folding a
    line whose pattern needs that letter at a place."""
    signs = [s for s, f in (("\u212a", "k"), ("\u212b", "a")) if f == letter]
    return frozenset([letter, *signs, *(chr(c) for c, f in _FOLD_TABLE.items() if f == letter)])


def fold_lines(lines: list[str]) -> list[str]:
    """The lines folded (``_fold_lines``), the date's words an OCR misread read back."""
    return [reread(line) for line in _fold_lines(lines)]


def _fold_lines(lines: list[str]) -> list[str]:
    """``fold_keep`` of each line, in one pass over the joined text where the fast path holds
    for the whole (a character folds to at most one ASCII letter, so then it holds for each
    line and the results agree). Otherwise the pass's share of each line is that line's fast
    path (decomposing and dropping marks act on each character, never across a line break)
    where its length holds, and the table's fold where it does not."""
    text = "\n".join(lines)
    if lines and text.count("\n") == len(lines) - 1:
        if text.isascii():
            return text.lower().split("\n")
        bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        ascii_only = bare.encode("ascii", "ignore")
        shares = ascii_only.decode("ascii").lower().split("\n")
        if len(ascii_only) == len(text):
            return shares
        return [
            share if len(share) == len(line) else line.translate(_FOLD_TABLE)
            for share, line in zip(shares, lines, strict=True)
        ]
    return [fold_keep(line) for line in lines]


_SUPERSCRIPT_CHARS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPTS = re.compile(f"[{_SUPERSCRIPT_CHARS}]+")
# A footnote number glued to a lower-case word: "kiểm tra2." or "vụ1,".
# Not in a web address: "nq57.vn" ("57" then "." and a letter).
# (Only after two letters, which the callback checks again: it no longer runs on every number)
# (the digit first, the two letters before it checked behind it: the engine then scans for
# a digit in one step, as it does for a pattern that opens with a class)
_GLUED_FOOTNOTE = re.compile(r"\d(?<=[^\W\d_]{2}\d)\d?(?=[\s,;:)]|\.(?![^\W\d_])|$)")
# Page furniture that no administrative letter contains as a line of its own.
FURNITURE = re.compile(
    r"^(?:dang tai van ban|van ban nay chua cap nhat|van ban lien quan|"
    r"(?:cac )?noi dung (?:duoc )?sua doi, huong dan|file duoc dinh kem|"
    r"ban dich nay thuoc quyen so huu|tai van ban|luoc do|van ban goc|van ban tieng anh)\b"
)
# A line of a site's chrome: its name alone, its copyright line, its loading notice ("Hệ
# thống pháp luật", "Bản quyền © 2025 ...", "Đang tải nội dung, vui lòng chờ ...")
CHROME = re.compile(
    r"(?:hệ thống pháp luật(?: việt nam)?$|đang tải nội dung\b|(?:bản quyền|copyright)?\s*©)",
    re.IGNORECASE,
)
_CHROME_STARTS = frozenset("HhĐđBbCc©")
_CHROME_HINTS = (
    "©",
    "ống pháp luật",
    "ống Pháp Luật",
    "ỐNG PHÁP LUẬT",
    "ang tải nội",
    "ANG TẢI NỘI",
)
# A legal-text site's note on a passage: "[Nội dung này được đính chính bởi Công văn 666/...]"
_EDITORS_NOTE = re.compile(
    r"\s*\[(?:Nội dung|Khoản|Điểm|Điều|Mục)[^\[\]]{0,60}?được (?:sửa đổi|bổ sung|đính chính|"
    r"bãi bỏ|hướng dẫn|thay thế|hủy bỏ|bị hủy)[^\[\]]{0,300}\]"
)
# A web page's footnote mark on the word it notes: "... nông thôn[1] số liệu", "năm qua[1]."
# (the note itself opens its own line: "[1] Đề nghị gửi về ...")
# (the bracket first, the letter before it checked behind it: the engine then looks for "["
# alone, as it does for every pattern that opens with a literal; so too for the stars below)
_BRACKET_NOTE = re.compile(r"\[(?<=[^\W\d_]\[)\d{1,2}\]")
# A PDF conversion's placeholder for the stamp and signature, a line of its own: "[có dấu và
# chữ ký]", "<stamp and signature>", "*Hình con dấu đỏ: ...*" (no text of the letter)
_STAMP_PLACEHOLDER = re.compile(
    r"(?im)^[ \t]*(?:\[[^\[\]\n]{0,40}\b(?:dấu|chữ ký)\b[^\[\]\n]{0,40}\]"
    r"|<[^<>\n]{0,40}\b(?:stamp|signature|seal)\b[^<>\n]{0,40}>"
    r"|\*?hình (?:con )?dấu\b[^\n]{0,200})[ \t]*$"
)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_CELL_RULE = re.compile(r"^:?-{3,}:?$")
# Where an entry of a list a table cell runs on starts: a dash after a ";", ":" or "."
_CELL_ITEM = re.compile(r"(?<=[;:.])\s+(?=-\s)")
# ... or after a note in brackets that follows an entry's ";" ("- Như Điều 4; (để báo cáo) - Bộ
# X;"): the note is the entry's
_NOTED_ITEM = re.compile(r"(;\s*\([^()]*\))\s+(?=-\s)")
# A line a text export laid out on its page ("pdftotext -layout") and centred
_CENTRED_LINE = "\n" + " " * 20
_CENTRED = re.compile(r"\n {20,}(?=[^\s])")  # (not a blank line of spaces a web page left)
_HTML_MARK = re.compile(r"</?(?:b|i|u|em|strong|center|div|span|font)(?:\s[^<>]{0,80})?>", re.I)
_BR = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_DIGITS_MARKED = re.compile(r"(?<![\w_])_(\d{1,4})_(?![\w_])")
# A Markdown quote's marks at a line's start ("> **Vũ Thu Hà**", ">" alone, "**> KT. ...**")
_QUOTE_MARK = re.compile(r"^(\**)(?:>(?=[ \t>]|$)[ \t]*)+", re.MULTILINE)
# The name of a drawing shape (a rule under the letterhead) a converted Word page leaves
# glued onto the text beside it: "straight connector 2Số: 1551 /UBND-VX"
_SHAPE_NAME = re.compile(
    r"(?mi)^(?:straight (?:arrow )?connector|elbow connector|curved connector|text box) \d{1,3}"
)
_DASHES = ("\u2013", "\u2014", "\u2212", "\u2022", "\uf0b7")  # en/em dash, minus, bullets


# Markdown emphasis a web page wraps across lines: "**ỦY\nBAN NHÂN DÂN **", "*Hà Nội, ngày 24\n
# tháng 11 năm 2025*". A span never crosses a blank line or a table cell ("\n|").
_BOLD_SPAN = re.compile(r"\*\*((?:(?!\*\*|\n\s*\n|\n\|).){1,400}?)\*\*", re.DOTALL)
_ITALIC_SPAN = re.compile(
    r"\*(?<![*\w]\*)(?=[^\s*])((?:(?!\n\s*\n|\n\|)[^*]){1,600}?)(?<=\S)\*(?![*\w])", re.DOTALL
)


def _unwrap_span(match: re.Match[str]) -> str:
    """The span's text on one line, without its marks."""
    return " ".join(match.group(1).split("\n"))


def join_emphasis(text: str) -> str:
    """Markdown emphasis removed, and a span wrapped over several lines put back on one."""
    if "**" in text:
        text = _BOLD_SPAN.sub(_unwrap_span, bold_heads(text)).replace("**", "")
    if "*" in text:
        text = _ITALIC_SPAN.sub(_unwrap_span, text)
    return text


def _drop_glued_footnote(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 5) : match.start()]
    if before.lower().endswith(("ngày", "tháng")):
        return match.group(0)  # "ngày15 tháng5": a date's day and month glued to their words
    if not (before[-2:].isalpha() and before[-2:].islower()):
        return match.group(0)
    # (not in the "Lưu" entry's codes: "- Lưu: VT, Hcc3.", a typist's code, no footnote)
    line = match.string[match.string.rfind("\n", 0, match.start()) + 1 : match.start()]
    return match.group(0) if _KEPT_LINE.match(line) else ""


_KEPT_LINE = re.compile(r"\s*[-+*]?\s*\**Lưu\b")


def clean_text(text: str) -> list[str]:
    """The document as clean lines (``clean_lines`` of the page as read)."""
    return clean_lines(read_page(text))


def clean_lines(text: str) -> list[str]:
    """The page (as read: ``chars.read_page``) as clean lines: no Markdown emphasis, header
    cells split on "|" (or on the wide gaps of a column layout).

    Plain string methods where they do the job: regex passes over the whole text
    cost more than the rest of the parse on a seed-sized letter.
    """
    if "--- PAGE BREAK ---" in text or "==== Trang " in text or "==== Page " in text:
        # a converter's page mark ("--- PAGE BREAK ---") stands where a form feed would
        text = BREAK_MARK.sub("\n\x0c", text)
    if "Trang " in text:
        text = GLUED_PAGE_MARK.sub("", text)  # a preview's "Trang 1" run into its letterhead
    if "\x0c" in text or (_CENTRED_LINE in text and _CENTRED.search(text)):
        # a page laid out as printed: its furniture and footnotes out, its columns apart
        text = unprint(text)
    if "\t" in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
        # a paragraph's indent and a line's trailing spaces (a Markdown line break) are no
        # part of the letter: the passes below see each line from its first character
        text = "\n".join(raw.strip(" \t") for raw in text.split("\n"))
    if "\n>" in text or text[:1] == ">" or "*>" in text:
        text = _QUOTE_MARK.sub(r"\1", text)  # a Markdown quote ("> KT. CHỦ TỊCH"): its words
    if "\t" in text:
        # a word processor's list ("1.<tab>Giao ..."), before a bold label wrapped over two
        # lines ("**Điều" / "14.<tab>Trách nhiệm ...**") is put back on one
        text = MARKER_TAB.sub(r"\1 ", text)
    for dash in _DASHES:
        if dash in text:
            text = text.replace(dash, "-")
    if " -\n" in text:
        text = DASHED_PAGE_NUMBERS.sub("", text)
    if "onnector " in text or "ext box " in text or "EXT BOX " in text:
        text = _SHAPE_NAME.sub("", text)
    if "_" in text:
        text = _DIGITS_MARKED.sub(r"\1", text)  # "ngày _16_ tháng _4_": a form's filled blank
    text = join_emphasis(text).replace("__", "")
    if "*" in text:
        text = _LOOSE_STAR.sub("", _STRAY_STAR.sub("", text))
        if "* *" in text:
            text = _STAR_RUN.sub(r"\1", text)
    if any(ch in text for ch in _SUPERSCRIPT_CHARS):
        text = _SUPERSCRIPTS.sub("", text)
    text = _GLUED_FOOTNOTE.sub(_drop_glued_footnote, text)
    if "[" in text or "<" in text or "con dấu" in text:
        text = _STAMP_PLACEHOLDER.sub("", text)  # a conversion's "[có dấu và chữ ký]": no text
    if "[" in text:
        text = _BRACKET_NOTE.sub("", _EDITORS_NOTE.sub("", text))
    lines: list[str] = []
    chrome = any(hint in text for hint in _CHROME_HINTS)
    if "<" in text:
        text = _HTML_MARK.sub("", text)  # a converted page's "<center>", "<b>...</b>": no words
    raws = text.split("\n")
    if "<br" in text or "<BR" in text:
        # an HTML line break a converted page left: a line end, or a cell's (split below)
        raws = [r for raw in raws for r in (_BR.split(raw) if "|" not in raw else [raw])]
    if may_hold_chrome(text):
        raws = drop_page_chrome(raws)
    if "\n|\n" in text:
        raws = rebuild_tables(raws)
    if " | " in text:
        raws = pipe_bare_tables(raws)
    spilled = False
    if "TT |" in text:
        raws, spilled = spill_headers(raws)
    if spilled or "TT \n" in text or "TT\n" in text:
        raws = rebuild_pdf_tables(raws, spilled)
    for raw in raws:
        if ("   " in raw or "\t" in raw) and "|" not in raw:
            cells = layout_cells(raw)
            if len(cells) > 1:
                lines.extend(cells)
                continue
        line = squash(raw)
        if chrome and line[:1] in _CHROME_STARTS and CHROME.match(line):
            line = ""  # a site's name, copyright or loading notice: the page's, not the letter's
        if line.startswith("#"):
            bare = line.lstrip("#")
            if bare.startswith(" ") and len(line) - len(bare) <= 6:
                line = bare.strip()
        if line.startswith(("_ ", "~ ")):
            line = "-" + line[1:]  # an OCR'd list dash ("_ Tiếp tục ...", "~ TTgCP;")
        if len(line) > 2 and line[0] == "*" and line[-1] == "*" and line[1] != " ":
            line = line[1:-1].strip()  # a Markdown *italic* line
        if "|" in line:
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if len(cells) < 3 and all(_CELL_RULE.match(cell) for cell in cells):
                lines.append("")  # the rule under a table's first row ("| --- | --- |")
                continue
            if not _TABLE_ROW.match(line) or len(cells) < 3:
                # header cells flattened side by side, or a two-column layout table; a
                # cell's list run onto one line ("Nơi nhận: - Như trên; - Lưu: VT.") one
                # entry a line; a cell laid out in columns ("KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê
                # Văn A"), one line a column
                if "   " in raw:
                    cells = [
                        c for cell in raw.strip().strip("|").split("|") for c in layout_cells(cell)
                    ]
                for cell in cells:
                    for part in _BR.split(cell) if "<" in cell else [cell]:
                        lines.extend(_cell_items(part) if " - " in part else [part.strip()])
                continue
            if "<" in line:
                line = _BR.sub(" ", line)  # a task table's cell of several lines
        lines.append(line)
    # a run of blank lines is one paragraph break, however many a source puts there
    lines = join_role_dashes([ln for i, ln in enumerate(lines) if ln or not i or lines[i - 1]])
    if any(line.startswith(". ") for line in lines):
        lines = number_lost_markers(lines)
    if any(len(line) <= 6 and LONE_MARKER.match(line) for line in lines):
        return join_lone_markers(lines)
    return lines


def _cell_items(cell: str) -> list[str]:
    """A cell's list run onto one line, one entry a line."""
    noted = _NOTED_ITEM.sub("\\1\n", cell) if "(" in cell else cell
    return [item for part in noted.split("\n") for item in _CELL_ITEM.split(part)]


_LETTER = re.compile(r"[^\W\d_]")
# Emphasis marks a page left inside a word or against punctuation: "1616/Q*Đ*-TTg",
# "c*ủ*a", "(để phối hợp chỉ đạo*);*"
_STRAY_STAR = re.compile(
    r"\*(?:(?<=\w\*)\**(?=[\w);,.-])|(?<=[\w);,.]\*)\**(?=[);,.]|$))", re.MULTILINE
)


# "| * * *Nơi nhận:* - ...": a run of lone stars a converter left before a line's (or a
# cell's) first word, no emphasis left to mark (a "* * *" line of its own stays: a divider)
_STAR_RUN = re.compile(r"(?m)(^|\|\s?)(?:\*\s){2,}(?=[^\s*|])")
# An emphasis mark left on one side of a span whose other mark the page set against a
# space ("*4.1. *Giao ...", "*(i) *Chỉ đạo", "mới: *Đây là"): a mark between a space (or
# the line's start) and a word, not a "* " bullet nor the "(*)" of a note
_LOOSE_STAR = re.compile(r"\*(?:(?<![^ \t\n]\*)(?=[^\s*])|(?<=[^\s*(]\*)(?=[ \t]|$))", re.MULTILINE)


_L_FOR_I = re.compile(r"(?<=[A-Z])l(?=[A-Z])")


@functools.lru_cache(8192)
def is_upper_line(line: str) -> bool:
    """All letters are capitals (an OCR's "l" for an "I" between them too: "TlNH") and there are
    at least three of them."""
    if line.upper() != line.replace("l", "L"):
        return False  # (a lower-case letter other than "l", as most lines have: told cheaply)
    read = _L_FOR_I.sub("I", line) if "l" in line else line
    if read != read.upper():
        return False
    return any(count >= 2 for count, _ in enumerate(_LETTER.finditer(line)))


def squash(text: str) -> str:
    """The text's words joined by single spaces."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # (already so, as most texts asked are: every other white space is unprintable)
        return text
    return " ".join(text.split())
