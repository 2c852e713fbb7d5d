"""Transforms that add to a letter only what a new source wraps it in (bench/perturb.py).

Each takes a letter's text and gives the same letter as a web page, a crawl, a PDF's text
layer or an OCR pass may deliver it: CRLF line ends, no-break spaces, Markdown marks, the
header's two columns set side by side, a site's chrome lines, other dash marks, decomposed
accents. None may change the letter's reading (tests/parser/test_round17_c_invariance.py).
A transform that finds nothing to change returns the text unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from directives.parser.clean import fold_keep

NBSP = "\u00a0"
_MOTTO = "cong hoa xa hoi chu nghia viet nam"
_RULE = re.compile(r"^[-_=.*\s]{3,}$")
_DATE_LINE = re.compile(r",?\s*ngay\s+\S+\s+thang\s+\S+\s+nam\s+\d{4}")
_ITEM_DASH = re.compile(r"^(\s*)-(?=\s)", re.MULTILINE)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _each_line(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(line) for line in _lines(_lf(text)))


def _every_nth_space(text: str, n: int = 3) -> str:
    """Every n-th space of the text a no-break space, as an HTML page's "&nbsp;" leaves it."""
    parts = text.split(" ")
    return (
        "".join(p + (NBSP if i % n == n - 1 else " ") for i, p in enumerate(parts[:-1]))
        + (parts[-1])
    )


def _paragraph_tabs(text: str) -> str:
    """A paragraph's first line indented with a tab, as a word processor's text export does."""
    lines = _lines(text)
    out = []
    for i, line in enumerate(lines):
        opens = line.strip() and (i == 0 or not lines[i - 1].strip())
        out.append("\t" + line if opens and not line.lstrip().startswith("|") else line)
    return "\n".join(out)


def _blank_doubled(text: str) -> str:
    return "\n".join(line + "\n" if not line.strip() else line for line in _lines(text))


def _blank_removed(text: str) -> str:
    return "\n".join(line for line in _lines(text) if line.strip())


def _bold_upper(text: str) -> str:
    """Lines in capitals (letterhead, motto, kind, headings) in Markdown bold (not in a text
    export that keeps the page's layout, which has no Markdown; not a converter's page mark)."""
    if _laid_out(text):
        return text
    out = []
    for line in _lines(text):
        bare = line.strip()
        letters = [ch for ch in bare if ch.isalpha()]
        plain = "*" not in bare and "|" not in bare and not bare.startswith("---")
        if len(letters) >= 3 and bare == bare.upper() and plain:
            line = f"{line[: len(line) - len(line.lstrip())]}**{bare}**"
        out.append(line)
    return "\n".join(out)


def _issuer_line(line: str) -> bool:
    bare = line.strip(" *#\r")
    return bool(bare) and "|" not in bare and (bare == bare.upper() or bool(_RULE.match(bare)))


def _header_columns(lines: list[str]) -> tuple[list[int], list[int], int | None, int | None]:
    """The letterhead's left column (issuer lines before the motto), its right one (the motto
    and the lines under it), and the "Số:" line and the place-and-date line, by index."""
    folded = [fold_keep(line) for line in lines]
    motto = next((i for i, f in enumerate(folded) if _MOTTO in f), None)
    if motto is None or not folded[motto].strip(" *#\r").startswith(_MOTTO):
        return [], [], None, None
    left: list[int] = []
    i = motto - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    # the issuer's lines in capitals and the rule under them, not a page's title above
    while i >= 0 and _issuer_line(lines[i]) and len(left) < 5:
        left.insert(0, i)
        i -= 1
    right = [motto]
    j = motto + 1
    # the motto's second line ("Độc lập - Tự do - Hạnh phúc") and the rule under it
    while j < len(lines) and (_RULE.match(lines[j]) or "doc lap" in folded[j]) and len(right) < 4:
        right.append(j)
        j += 1
    if len(right) < 2:
        return [], [], None, None  # the columns already interleaved line by line
    number = next(
        (k for k in range(j, min(j + 4, len(lines))) if re.match(r"so\s*:\s*\d", folded[k])), None
    )
    dated = None
    if number is not None:
        dated = next(
            (
                k
                for k in range(number + 1, min(number + 8, len(lines)))
                if _DATE_LINE.search(folded[k]) and len(folded[k]) < 60
            ),
            None,
        )
    return left, right, number, dated


def _two_columns(text: str, join: Callable[[str, str], str], rule: str | None) -> str:
    """The header's two columns set side by side, row by row, each row made by ``join``."""
    lines = _lines(text)
    left, right, number, dated = _header_columns(lines)
    if not left:
        return text
    rows = [
        join(lines[a] if a is not None else "", lines[b] if b is not None else "")
        for a, b in _zip_longest(left, right)
    ]
    if rule is not None:
        rows.insert(1, rule)
    out = lines[: left[0]] + rows + lines[right[-1] + 1 :]
    if number is not None and dated is not None:
        shift = len(rows) - (right[-1] + 1 - left[0])
        n, d = number + shift, dated + shift
        pair = join(out[n], out[d])
        out = [*out[:n], pair, *out[n + 1 : d], *out[d + 1 :]]
    return "\n".join(out)


def _zip_longest(a: list[int], b: list[int]) -> list[tuple[int | None, int | None]]:
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else None, b[i] if i < len(b) else None) for i in range(n)]


def _cell_table(text: str) -> str:
    """The header as a converted web page's two-column table: one row for the issuer and
    the motto, one for the number and the place and date, a cell's lines joined by <br>."""
    lines = _lines(text)
    left, right, number, dated = _header_columns(lines)
    if not left or number is None or dated is None:
        return text

    def cell(at: list[int]) -> str:
        return "<br>".join(lines[i].strip() for i in at)

    rows = [f"| {cell(left)} | {cell(right)} |", "| --- | --- |"]
    rows.append(f"| {lines[number].strip()} | {lines[dated].strip()} |")
    skip = set(range(left[0], right[-1] + 1)) | {number, dated}
    out = [line for i, line in enumerate(lines) if i not in skip or i == left[0]]
    at = out.index(lines[left[0]])
    return "\n".join([*out[:at], *rows, *out[at + 1 :]])


def _pipe_row(a: str, b: str) -> str:
    return f"| {a.strip()} | {b.strip()} |"


def _flat_row(a: str, b: str) -> str:
    return f"{a.strip()} {b.strip()}".strip()


CHROME_BEFORE = (
    "Đang tải nội dung, vui lòng chờ giây lát...\n\nHệ thống pháp luật\n\n"
    "Trang chủ › Văn bản pháp luật\n\n"
)
CHROME_AFTER = (
    "\n\nHệ thống pháp luật\n\nBản quyền © 2025 Hệ thống pháp luật Việt Nam. "
    "Giữ bản quyền nội dung.\n"
)


def _plus_items(text: str) -> str:
    if re.search(r"^\s*\+\s", text, re.MULTILINE):
        return text  # the letter ranks "+" below "-": a "+" would change its structure
    return _ITEM_DASH.sub(r"\1+", text)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


def _laid_out(text: str) -> bool:
    """A text export that keeps the page's layout: its indents are its own."""
    return "\x0c" in text or "\n" + " " * 20 in text


def _invisible_marks(text: str) -> str:
    """A zero-width space after every fifth word and a soft hyphen inside every seventh long
    word, as a web page's hyphenation and word-break hints leave them."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if i % 5 == 4:
            words[i] = word + "\u200b"
        elif i % 7 == 6 and len(word) >= 6 and word.isalpha():
            words[i] = word[:3] + "\u00ad" + word[3:]
    return " ".join(words)


def _markdown_escapes(text: str) -> str:
    """What an HTML-to-Markdown converter escapes so that it is not read as Markdown: a
    number's dot or a dash opening a line ("1\\. Giao ...", "\\- Như trên;"), and the
    brackets and underscores inside the text."""
    text = re.sub(r"^(\s*\d{1,2})\.(?=\s)", r"\1\\.", text, flags=re.MULTILINE)
    text = re.sub(r"^(\s*)([-+])(?=\s)", r"\1\\\2", text, flags=re.MULTILINE)
    return text.replace("[", "\\[").replace("]", "\\]").replace("_", "\\_")


def _headings(text: str) -> str:
    """A line in capitals that stands alone (the kind, a part's heading) as a Markdown
    heading, as a converter marks an HTML heading."""
    if _laid_out(text):
        return text
    lines = _lines(text)
    out = []
    for i, line in enumerate(lines):
        bare = line.strip()
        alone = (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )
        letters = [ch for ch in bare if ch.isalpha()]
        if alone and len(letters) >= 4 and bare == bare.upper() and bare[:1].isalpha():
            line = f"## {bare}"
        out.append(line)
    return "\n".join(out)


def _page_numbers(text: str) -> str:
    """A PDF text layer's page number ("- 2 -") on its own line at every fifth paragraph
    break of the body."""
    if _laid_out(text):
        return text
    lines = _lines(text)
    out = []
    page = 1
    breaks = 0
    for i, line in enumerate(lines):
        out.append(line)
        if i > 20 and not line.strip() and i + 1 < len(lines) and lines[i + 1].strip():
            breaks += 1
            if breaks % 5 == 0:
                page += 1
                out += [f"- {page} -", ""]
    return "\n".join(out)


_CITED = re.compile(
    r"(?:Nghị định|Quyết định|Thông tư|Công văn|Chỉ thị|Kế hoạch|Nghị quyết|Thông báo)"
    r"(?: số)? \d{1,5}/[\w/.-]*\w"
)


def _linked_citations(text: str) -> str:
    """Each document the letter cites as a Markdown link to the site's page for it, as a
    legal-text site's page converted to Markdown gives it."""
    count = iter(range(1, 10_000))
    return _CITED.sub(lambda m: f"[{m.group(0)}](https://example.vn/van-ban/{next(count)})", text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: _lf(t).replace("\n", "\r\n"),
    "cr-cr-lf": lambda t: _lf(t).replace("\n", "\r\r\n"),
    "nbsp-spaces": _every_nth_space,
    "nbsp-blank-lines": _each_line(lambda line: line if line.strip() else NBSP),
    "trailing-spaces": _each_line(lambda line: line + "  " if line.strip() else line),
    "tab-indent": _paragraph_tabs,
    "space-indent": lambda t: t if _laid_out(t) else _paragraph_tabs(t).replace("\t", "    "),
    "tab-after-marker": lambda t: re.sub(
        r"^(\d{1,2}\.|[a-zđ]\)|-)[ ](?=\S)", "\\1\t", t, flags=re.MULTILINE
    ),
    "blank-doubled": _blank_doubled,
    "blank-removed": _blank_removed,
    "bold-capitals": _bold_upper,
    "header-pipe-table": lambda t: _two_columns(t, _pipe_row, "| --- | --- |"),
    "header-cell-table": _cell_table,
    "header-flattened": lambda t: _two_columns(t, _flat_row, None),
    "chrome-before": lambda t: CHROME_BEFORE + t,
    "chrome-after": lambda t: t.rstrip("\n") + CHROME_AFTER,
    "en-dash-items": lambda t: _ITEM_DASH.sub("\\1\u2013", t),
    "em-dash-items": lambda t: _ITEM_DASH.sub("\\1\u2014", t),
    "plus-items": _plus_items,
    "bullet-items": lambda t: _ITEM_DASH.sub("\\1\u2022", t),
    "so-space-colon": lambda t: re.sub(r"^(\W*)Số:\s*", r"\1Số : ", t, flags=re.MULTILINE),
    "so-no-space": lambda t: re.sub(r"^(\W*)Số:\s*", r"\1Số:", t, flags=re.MULTILINE),
    "ve-viec": lambda t: re.sub(r"^(\W*)V/v:?\s", r"\1Về việc ", t, flags=re.MULTILINE),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "invisible-marks": _invisible_marks,
    "markdown-escapes": _markdown_escapes,
    "markdown-headings": _headings,
    "page-numbers": _page_numbers,
    "markdown-links": _linked_citations,
    "html-nbsp-entity": lambda t: _every_nth_space(t, 5).replace(NBSP, "&nbsp;"),
}
