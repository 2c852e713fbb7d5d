"""A task table that a page of text runs (``shreds``) wrote one cell after another, one run
a line: each cell opens on a line of its own, its wrap indented; a row opens with a line
holding only its number ("1", "12"; "I", "II" over a group's rows); a cell left empty is
simply missing, so rows hold fewer cells than the header:

    TT / Nội dung / ␣␣công việc / Sản phẩm / Thời gian / Đơn vị / ␣␣chủ trì / Ghi chú
    I / TỔNG CỤC THUẾ                       <- a group's row: no task
    1 / Ban / ␣␣hành quy trình ... / Tháng 9/2021 / Vụ / ␣␣Pháp chế
    2 / Thông / ␣␣báo cho các tổ chức: / - / ␣␣Hoàn thiện ... / Quyết định / Tháng 10/2021 / ...

Such a table, found by its header (a number's column, then a task's and a lead's or time's
among the cells before the first row's number), is written back as Markdown rows
("| 1 | Ban hành quy trình ... | | Tháng 9/2021 | Vụ Pháp chế |") so the table reader takes
it. A row's cells go to the columns by the time cell ("Tháng 9/2021", "Trước 15/10/2021",
"Hàng tuần (...)"): those before it fill the columns before the time's from the task's on,
those after it the columns after it from the lead's on. A list item ("-" over its text)
goes on in the cell above it. The table ends at a blank line or a row holding more cells
than the header has columns (what follows is the page's text again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from directives.parser.cells import DUE_HEADERS, task_header
from directives.parser.clean import fold_keep
from directives.parser.pdf_tables import table_span

_NUMBER_HEAD = re.compile(r"^(?:S[ốô]\s*)?S?TT\.?$", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5})\.?$")
_GROUP_NUMBER = re.compile(r"^[IVX]{1,5}\.?$")
_ITEM = re.compile(r"^(?:[-+•]|[a-zđ]\))(?:\s|$)")
# a time cell: a month, a date, a span or a recurrence, short ("Tháng 9/2021", "Trước
# 15/10/2021", "Từ tháng 10/2021 đến tháng 11/2021", "Hàng tuần (từ tháng 10/2021 ...)",
# "Quý IV/2021", "Năm 2022", "Thường xuyên")
_TIME = re.compile(
    r"^(?:(?:từ|trước|trong|đến|sau|hàng|hằng|định kỳ|chậm nhất|muộn nhất)\b.*\d"
    r"|(?:tháng|quý|năm|ngày)\s+[\dIVX]+\b.*|\d{1,2}/(?:\d{1,2}/)?\d{4}\b.*"
    r"|(?:thường xuyên|hàng (?:tuần|tháng|quý|năm)|hằng (?:tuần|tháng|quý|năm))\b.*)$",
    re.IGNORECASE,
)
_TIME_SIZE = 90
_NOTE_KEY = "ghi chu"
_PRODUCT_KEYS = ("ket qua", "san pham")


@dataclass
class _Cell:
    text: str
    start: int  # the index of its first line


def with_tables(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """The page's lines in runs: (False, lines) to reflow, (True, rows) a table's Markdown
    rows, to keep as they are."""
    out: list[tuple[bool, list[str]]] = []
    i = done = 0
    while i < len(lines):
        head = _NUMBER_HEAD.match(lines[i].rstrip()) is not None
        found = _table(lines, i) if head else None
        # (a PDF's table, its cells' lines one after another, their wraps not indented: kept
        # as it is for the PDF table reader, when that reader finds more of its rows)
        pdf = table_span(lines, i) if head else None
        if pdf is not None and (found is None or pdf[0] > len(found[0]) - 1):
            found = (lines[i : pdf[1]], pdf[1])
        if found is None:
            i += 1
            continue
        rows, end = found
        if done < i:
            out.append((False, lines[done:i]))
        out.append((True, rows))
        i = done = end
    if done < len(lines):
        out.append((False, lines[done:]))
    return out


def _cells(lines: list[str], start: int) -> list[_Cell]:
    """The cells from ``start`` to the next blank line: a line not indented opens one, unless
    it goes on with the cell above (``_goes_on``)."""
    out: list[_Cell] = []
    for i in range(start, len(lines)):
        raw = lines[i]
        text = raw.strip()
        if not text:
            break
        if out and (raw[:1] in (" ", "\t") or _goes_on(out[-1].text, text)):
            out[-1].text += " " + text
        else:
            out.append(_Cell(text, i))
    return out


# a cell's text cut where the provision it cites goes on ("... đúng quy định tại" / "Điều")
_CUT_AT = re.compile(r"\stại$")
_CITED = re.compile(r"^(?:Điều|Khoản|Điểm|Mục|Chương|Phụ lục|Nghị định|Thông tư|Quyết định|Luật)\b")
# a line in lower case that opens a cell all the same: an item, a time ("thường xuyên")
_OPENS_LOWER = re.compile(r"^(?:[a-zđ]\)|thường xuyên|hàng|hằng|từ|trước|trong|đến)(?:\s|$)")


def _goes_on(cell: str, line: str) -> bool:
    """A line not indented that is more of the cell above: it opens in lower case, no item
    nor time ("khoản 2 Điều 8 Nghị định", "ngày 08/6/2010 ..."), or names the provision the
    cell was cut before ("... quy định tại" / "Điều")."""
    if line[:1].islower():
        return not _OPENS_LOWER.match(line)
    return bool(_CUT_AT.search(cell)) and bool(_CITED.match(line))


def _table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The table whose header opens at ``start``: its Markdown rows and the index after it."""
    cells = _cells(lines, start)
    first = next((k for k, c in enumerate(cells) if k and _ROW_NUMBER.match(c.text)), None)
    if first is None:
        return None
    header = [c.text for c in cells[:first]]
    if not task_header(header) or len(header) > 9:
        return None
    folded = [fold_keep(h) for h in header]
    due = next((k for k, h in enumerate(folded) if any(t in h for t in DUE_HEADERS)), None)
    width = len(header)
    rows: list[list[str]] = [header]
    row: list[str] = []
    end = cells[-1].start + 1
    k = first
    # the last cell is an item, or an intro ending in ":" over items: an item after it goes on
    # in it; after any other cell past the task's, an item opens the next cell (a lead's list)
    listing = False
    product = any(k in h for h in folded for k in _PRODUCT_KEYS)
    parts = 0  # where the items the task's cell took open in it
    while k < len(cells):
        cell = cells[k]
        if _ROW_NUMBER.match(cell.text) and (
            not row or len(row) > 1 or _GROUP_NUMBER.match(row[0]) is not None
        ):
            if row:
                rows.extend(_sub_rows(_products(row, parts, width, product), width))
            row, parts = [cell.text.rstrip(".")], 0
        elif _ITEM.match(cell.text) and len(row) > 1 and (listing or len(row) == 2):
            # (items under the task's cell are its parts, whatever its last words)
            if len(row) == 2 and not parts and not row[-1].endswith(":"):
                parts = len(row[-1])
            row[-1] += " " + cell.text
        elif len(row) >= width and not _shares_task(cells, k, len(row), width):
            end = cell.start  # more cells than columns: the page's text again
            break
        else:
            row.append(cell.text)
        listing = _lists(cell.text)
        k += 1
    else:
        end = _after(lines, cells[-1].start)
    if row:
        rows.extend(_sub_rows(_products(row, parts, width, product), width))
    # a group's row ("II" / "CỤC THUẾ CÁC TỈNH"): its heading, no task
    body = [_placed(r, width, due, folded) for r in rows[1:] if not _group(r)]
    if not body:
        return None
    return [_markdown(r) for r in [rows[0], *body]], end


def _shares_task(cells: list[_Cell], k: int, size: int, width: int) -> bool:
    """The row of ``size`` cells goes on at ``cells[k]`` past the header's columns: the cells
    after its task, to the next row's number, are a whole number of sub-rows (a product, a
    lead, partners, a time each), one task shared by all."""
    nxt = next((j for j in range(k, len(cells)) if _ROW_NUMBER.match(cells[j].text)), None)
    if nxt is None or width < 4:
        return False
    # (an item after an item or an intro goes on in that cell: one cell, however many items)
    more = sum(
        1 for j in range(k, nxt) if not (_ITEM.match(cells[j].text) and _lists(cells[j - 1].text))
    )
    return (size + more - 2) % (width - 2) == 0


def _products(row: list[str], parts: int, width: int, product: bool) -> list[str]:
    """A row one cell short, no time cell among them, whose task's cell took items it does
    not introduce (no ":"), in a table with a product's column: the items are the product's
    cell, the task's own words before them ("Thực hiện đánh giá ..." / "- Hồ sơ ...")."""
    if not parts or not product or len(row) != width - 1:
        return row
    if any(len(c) <= _TIME_SIZE and _TIME.match(c) for c in row[2:]):
        return row  # (a time cell places the row's cells: "Công văn triển khai" the product)
    return [row[0], row[1][:parts], row[1][parts:].strip(), *row[2:]]


def _lists(cell: str) -> bool:
    """An item after ``cell`` goes on in it: it is an item, or an intro ending in ":"."""
    return bool(_ITEM.match(cell)) or cell.endswith(":")


def _sub_rows(row: list[str], width: int) -> list[list[str]]:
    """A row whose cells after its task run past the columns: one row per sub-row, each with
    the row's number and task."""
    if len(row) <= width or width < 4 or (len(row) - 2) % (width - 2):
        return [row]
    head, rest, step = row[:2], row[2:], width - 2
    return [[*head, *rest[at : at + step]] for at in range(0, len(rest), step)]


def _group(row: list[str]) -> bool:
    return len(row) <= 2 and _GROUP_NUMBER.match(row[0]) is not None


def _after(lines: list[str], last: int) -> int:
    """The index after the cell opening at ``last``: past its indented wrap."""
    i = last + 1
    while i < len(lines) and lines[i].strip() and lines[i][:1] in (" ", "\t"):
        i += 1
    return i


def _placed(row: list[str], width: int, due: int | None, header: list[str]) -> list[str]:
    """The row's cells under the header's ``width`` columns: the number, then the cells
    before the time cell from the task's column on, the time under ``due``, the rest after
    from the lead's column on; a note ("Ghi chú") written as a sentence goes under its own
    column when the cells before it were left empty."""
    number, cells = row[0], row[1:]
    if len(cells) >= width - 1 or due is None:
        return _padded([number, *cells], width)
    at = next(
        (k for k, c in enumerate(cells) if k and len(c) <= _TIME_SIZE and _TIME.match(c)), None
    )
    if at is None or at > due - 1 or len(cells) - at > width - due:
        return _padded([number, *cells], width)
    before, after = cells[:at], cells[at:]
    out = [number, *before, *[""] * (due - 1 - len(before)), *after]
    if len(out) < width and _NOTE_KEY in header[-1] and len(after) > 2 and _sentence(after[-1]):
        return [*_padded(out[:-1], width - 1), out[-1]]
    return _padded(out, width)


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _sentence(cell: str) -> bool:
    """A cell written as a sentence, not a list of bodies: it ends with a stop, or most of
    its many words open in lower case."""
    words = cell.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return cell.endswith(".") or (len(words) >= 10 and 4 * capitals < len(words))


def _markdown(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
