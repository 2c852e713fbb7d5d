"""A task table a web page flattened into one cell per run of lines, each cell closed by a
line holding only "|" and each row by an empty cell (two "|" lines in a row):

    |            <- a row opens
    Tên nhiệm vụ
    |
    Cơ quan chủ trì
    |
    |            <- the row ends, the next opens
    Triển khai nền tảng ...

Such a table is put back as Markdown rows ("| Tên nhiệm vụ | Cơ quan chủ trì |") when its
first row names a task column and at least three columns, so the table reader takes it;
a heading row of one cell ("I. NÂNG CAO NHẬN THỨC") carries no task and is left out. Any
other run of "|" lines (a page's two-column header or signature layout) is left as it is.
A table ends where the next annex's title begins ("PHỤ LỤC II" over its title lines, right
after the last cell's "|"): the next annex's table is read under its own header row.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

# A table of proposals ("Thông tin đề xuất | Bộ phụ trách tiếp nhận, xử lý") is read as one
# of tasks: each proposal is handed to the body in charge of it.
_TASK_HEADERS = ("nhiem vu", "noi dung", "cong viec", "hoat dong", "de xuat", "kien nghi", "de an")
LEADS = "chu tri"
TARGETS = "chi tieu"
# a table's number column ("TT", "STT", "Số TT") and its time column's words, folded
NUMBER_HEADERS = ("tt", "stt", "so tt")
DUE_HEADERS = ("thoi gian", "thoi han", "tien do", "hoan thanh")
_OTHER_HEADERS = (
    LEADS,
    "phoi hop",
    "thuc hien",
    "thoi gian",
    "thoi han",
    "hoan thanh",
    "phu trach",
)


def _chunks(lines: list[str], start: int, head_only: bool = False) -> tuple[list[list[str]], int]:
    """The cells from the "|" line at ``start`` (an empty list for "|" right after "|") up
    to a blank line outside a cell (or, ``head_only``, to the end of the first row); and the
    index after them."""
    chunks: list[list[str]] = []
    filled = False  # some cell so far holds text
    i = start + 1
    current: list[str] = []
    while i < len(lines):
        line = lines[i].strip()
        if line == "|":
            if head_only and not current and filled:
                break  # the first row ends: whether a task table starts here is known
            chunks.append(current)
            filled = filled or bool(current)
            current = []
        elif not line:
            # "|\n** **\n|": a cell whose bold marks held only a space is empty, not the end
            if not current and not _blank_cell(lines, i):
                break
        else:
            if not current and _annex_title(lines, i):
                break  # "| Bộ Công an |" then "PHỤ LỤC II / DANH MỤC ...": the table ends
            current.append(line)
        i += 1
    if current:
        chunks.append(current)
    return chunks, i


# An annex's heading alone on its line: "**PHỤ LỤC II**", "Phụ lục số 2"
_ANNEX = re.compile(r"^phu luc(?:\s+(?:so\s+)?(?:[ivx]{1,5}|\d{1,2})[a-z]?)?\s*[.:]?$")


def _annex_title(lines: list[str], i: int) -> bool:
    """The cell opening at ``i`` is the next annex's title: its heading over a title line."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(nxt and nxt != "|" and _ANNEX.match(fold(lines[i].strip(" *"))))


def _blank_cell(lines: list[str], i: int) -> bool:
    return 0 < i < len(lines) - 1 and lines[i - 1].strip() == "|" == lines[i + 1].strip()


def _rows(chunks: list[list[str]]) -> list[list[str]]:
    rows: list[list[str]] = []
    row: list[str] = []
    width = 0
    for at, chunk in enumerate(chunks):
        if chunk and _ELIDED.match(" ".join(chunk)):
            chunk = []  # "…......" where the page left rows out: the row ends there
        if chunk:
            row.append(" ".join(chunk).replace("**", "").strip("* "))
            continue
        if not row:
            continue
        # "... | Thông tư |" then "|" and "3": a row that left its last cell out ends
        last_left_out = len(row) == width - 1 and _numbered_next(chunks, at)
        if 1 < len(row) < width - 1 and not _NUMBER.match(row[0]) and _numbered_next(chunks, at):
            # "| Xây dựng ... | Trung tâm X |" then "|" and "2": a task sharing the number of
            # the row above (a merged cell), its own cells from the task's on; or, when its
            # first cell is the body the row above's lead column names ("| Ủy ban nhân dân
            # các tỉnh | Đài ... |"), a second lead of that row's task, its cells from there on
            lead = _spanned_lead(rows, row)
            if lead:
                above = rows[-1]
                rows.append(["", *above[1:lead], *row, *above[lead + len(row) :]])
                row = []
                continue
            rows.append(["", *row] + [""] * (width - len(row) - 1))
            row = []
            continue
        if width and 2 < len(row) < width and _overflows(row, chunks[at + 1 :], width):
            # "| 2 | Vận hành ... | Quý IV/2026 |" then "|" and "3" or a task sharing the
            # number: the row left its last cells out (a merged cell the page dropped)
            rows.append(row + [""] * (width - len(row)))
            row = []
            continue
        if (
            width
            and 1 < len(row) < width
            and not last_left_out
            and not _group_row(row, chunks[at + 1 :])
        ):
            row.append("")  # an empty cell inside a row
            continue
        width = width or len(row)
        rows.append(row)
        row = []
    if row:
        rows.append(row)
    return rows


def _overflows(row: list[str], rest: list[list[str]], width: int) -> bool:
    """The cells after the empty one at the end of ``row`` would not fit in the row: the
    empty cell ends it."""
    run = list(itertools.takewhile(bool, rest))
    return bool(run) and len(row) + 1 + len(run) > width


# The first words of a body's name, which a task's text does not open with
_BODY_FIRST = re.compile(
    r"^(?:uy ban|bo |so |cuc |trung uong |ngan hang|van phong|cong an|dai |hoi dong)"
)


def _spanned_lead(rows: list[list[str]], row: list[str]) -> int:
    """The index of the lead column ("Cơ quan chủ trì") when ``row`` is a further lead of
    the task of the row above, whose other cells span it; else 0."""
    if len(rows) < 2 or not _BODY_FIRST.match(fold(row[0])):
        return 0
    header, above = rows[0], rows[-1]
    lead = next((i for i, c in enumerate(header) if LEADS in fold(c)), 0)
    if lead < 2 or len(above) != len(header) or lead + len(row) > len(header):
        return 0
    return lead


# A row's number ("1", "2.3", "IV", "III.1.2", "a)") and a cell of dots alone
_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}(?:\.\d{1,3})*|[a-zđ])\s*[.)]?$")
_ELIDED = re.compile(r"^[.…\s]{3,}$")


def _group_row(row: list[str], rest: list[list[str]]) -> bool:
    """ "| II | TRIỂN KHAI VĂN BẢN |" over the group's rows: a number and a title, and the
    next cell is the number of the group's first row (a cell inside a row holds none) or
    opens the table's header printed again ("| Nội dung | Đơn vị thực hiện | ... |")."""
    if len(row) != 2 or not _NUMBER.match(row[0]):
        return False
    nxt = next((" ".join(c) for c in rest if c), "")
    return bool(_NUMBER.match(nxt)) or task_header(_next_row(rest))


def _next_row(rest: list[list[str]]) -> list[str]:
    """The cells of the row that opens ``rest``: up to the empty cell that ends it."""
    cells = list(itertools.takewhile(bool, itertools.dropwhile(lambda c: not c, rest[:12])))
    return [" ".join(c).replace("**", "").strip("* ") for c in cells]


def _numbered_next(chunks: list[list[str]], at: int) -> bool:
    """The next cell after ``at`` is a row's number: a new row begins there."""
    nxt = next((" ".join(c) for c in chunks[at + 1 : at + 3] if c), "")
    return bool(_NUMBER.match(nxt)) and nxt[:1].isdigit()


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without diacritics (this module sits below ``clean``, which calls it).
    Cached: a flattened table's cells are folded again from each "|" line that might open
    the table."""
    bare = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def task_header(row: list[str]) -> bool:
    # a cell's folded form is never longer than the cell (three code points per letter if
    # the text came decomposed): the lengths rule most rows out before any folding
    if len(row) < 3 or any(len(c) > 120 for c in row):
        return False
    folded = [fold(c).strip(" *") for c in row]
    # (a table of targets, "Chỉ tiêu | Chủ trì", hands each target to the body leading it;
    # one of figures, "Chỉ tiêu | ĐVT | Năm 2026", hands none)
    targets = any(c == TARGETS for c in folded) and any(LEADS in c for c in folded)
    return (
        all(len(c) <= 40 for c in folded)
        and (targets or any(k in c for c in folded for k in _TASK_HEADERS))
        and any(k in c for c in folded for k in _OTHER_HEADERS)
    )


def rebuild_tables(lines: list[str]) -> list[str]:
    """The lines with each flattened task table put back as Markdown rows."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != "|":
            out.append(lines[i])
            i += 1
            continue
        head = _rows(_chunks(lines, i, head_only=True)[0])
        if not head or not task_header(head[0]):
            out.append(lines[i])
            i += 1
            # (each "|" right after it opens the same first row, one empty cell less: the
            # rows start at the first cell with text; a web page's empty cells run long)
            while i < len(lines) and lines[i].strip() == "|":
                out.append(lines[i])
                i += 1
            continue
        chunks, end = _chunks(lines, i)
        rows = _rows(chunks)
        width = len(rows[0])
        out.extend(
            "| " + " | ".join(c.replace("|", "/") for c in row) + " |"
            for row in rows
            if len(row) >= width - 1
        )
        i = end
    return out
