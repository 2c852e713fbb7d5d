"""A task table in a PDF's text layer, put back as Markdown rows.

The text layer of a PDF (a gazette's, a signed letter's) gives a table cell by cell, each
cell's wrapped lines on lines of their own and nothing between the cells:

    TT                      <- the header, one column title (or part of one) a line
    Nội dung, nhiệm vụ
    Cơ quan chủ
    trì thực hiện
    Cơ quan
    phối hợp
    Thời gian
    1                       <- a row's number alone on its line
    Rà soát, thể chế hóa các chủ trương,
    định hướng của Đảng ...             <- the task's cell
    Bộ NN&MT                            <- the lead's cell
    Bộ Quốc phòng, các bộ               <- the coordinating bodies' cell
    Năm 2026 - 2027                     <- the time's cell

The header is known by its titles (a number column, a task column and a "chủ trì"
column); each row is cut into its cells by what they hold: the task's sentences run until
a line opens with a body's name, the bodies' cells each open with one ("Bộ ...", "Các
...", "UBND ..."), a product's cell with anything else, the time's cell with a period's
words ("Năm", "Giai đoạn", "Quý", "Thường xuyên"). A group's title row ("II", "IV Huy
động ...") names no body and is left out; a row whose task is split into "-" items (or a
second paragraph after blank lines) gives one row an item; a row a page break cut goes on
after the header the next page repeats. A row's lines are cut into cells in pdf_cells.py.
"""

from __future__ import annotations

import re

from directives.parser.cells import DUE_HEADERS, NUMBER_HEADERS, fold
from directives.parser.pdf_cells import BODY_HEAD, DUE_HEAD, OPEN_END, opens_body, row_cells

_TASK = ("nhiem vu", "noi dung", "cong viec", "hoat dong", "giai phap")
_LEAD = ("chu tri",)
_COORD = ("phoi hop",)
# A row's number alone ("1", "1.2", "3."); a group's ("I", "IV Huy động ...", "I. Đổi mới")
_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
# "7  Đề án ...": a row's number and the first line of its task, a wide gap between them
_NUMBERED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ]\))(?:\s*$|\s{2,}(?=\S))")
_GAP = re.compile(r"(?<=\S)\s{2,}(?=\S)")
_GROUP = re.compile(r"^[IVX]{1,5}\.?(?:\s|$)")
_LONG = 75  # a line longer than any cell's: a note across the table or a footnote


def rebuild_pdf_tables(raws: list[str], whole_cells: bool = False) -> list[str]:
    """The lines with each PDF task table put back as Markdown rows (``whole_cells``: a
    page's table, each cell on one line however long, not wrapped as a PDF's are)."""
    out: list[str] = []
    i = 0
    for start in [k for k, raw in enumerate(raws) if len(raw) <= 12 and "TT" in raw]:
        header = _header(raws, start) if start >= i else None
        if header is None:
            continue
        out.extend(raws[i:start])
        titles, end = header
        head = [" ".join(r.split()) for r in raws[start:end]]
        rows, i = _rows(raws, end, _kinds(titles), head, whole_cells)
        out.append("| " + " | ".join(titles) + " |")
        out.extend("| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in rows)
        out.append("")
    return out + raws[i:]


def table_span(raws: list[str], i: int) -> tuple[int, int] | None:
    """How many task rows the PDF table whose header opens at ``i`` holds, and the index
    after it; None when no such header opens there."""
    header = _header(raws, i)
    if header is None:
        return None
    titles, end = header
    head = [" ".join(r.split()) for r in raws[i:end]]
    rows, after = _rows(raws, end, _kinds(titles), head)
    return len(rows), after


def _header(raws: list[str], i: int) -> tuple[list[str], int] | None:
    """The column titles of a header starting at ``i`` and the index after it."""
    if len(raws[i]) > 12 or fold(raws[i].strip()) not in NUMBER_HEADERS:
        return None
    titles = [raws[i].strip()]
    j = i + 1
    while j < len(raws) and j - i < 16:
        line = " ".join(raws[j].split())
        if not line or len(line) > 40 or _NUMBERED.match(raws[j]) or _GROUP.match(line):
            break
        if line[0].islower() and len(titles) > 1:
            titles[-1] += " " + line
        else:
            titles.append(line)
        j += 1
    kinds = _kinds(titles)
    if "task" not in kinds or "lead" not in kinds or len(titles) < 4:
        return None
    return titles, j


def _rows(
    raws: list[str], i: int, kinds: list[str], head: list[str], whole_cells: bool = False
) -> tuple[list[list[str]], int]:
    """The rows of the table from ``i`` on (``head`` the header's lines, ``kinds`` its
    columns'), and the index after the table."""
    rows: list[list[str]] = []
    number = ""
    pages: list[list[str]] = [[]]  # a row's lines on each page it runs over
    across = ""  # the last line longer than any cell's: a title or a note across the table

    def close() -> None:
        own, carried = _page_cut(pages[0]) if whole_cells else (pages[0], [])
        first = _items(own)
        # a row a page break cut goes on, cell by cell, after the repeated header
        cut = [part for page in pages[1:] for part in _items(page)[:1]]
        given = False
        for at, part in enumerate(first):
            cells = _results(part, kinds)
            if at == len(first) - 1:
                for more in cut:
                    own_task = len(cells) == 1  # (not a later result, whose task is the first's)
                    cells += _carried(cells.pop(), more, kinds, own_task)
                if carried:
                    cells[-1] = _carry_open(cells[-1], carried, kinds)
            for row in cells:
                if row[kinds.index("lead")]:
                    rows.append(["" if given else number, *row])
                    given = True

    while i < len(raws):
        line = " ".join(raws[i].split())
        if line == head[0] and _repeats(raws, i, head):
            i += len(head)
            pages.append([])
            continue
        if _ENDS.match(line):
            break
        if _ROW_NUMBER.match(line) and _header_next(raws, i + 1, head):
            i += 1  # the page's number, above the header the next page repeats: no row's
            continue
        if across and line[:1].islower() and not across.endswith((".", ";", ":")):
            across = ""  # "2. Đẩy mạnh ... đáp ứng tiêu" / "chuẩn và ...": the title's line
            i += 1
            continue
        across = line if len(line) > _LONG and not whole_cells else ""
        numbered = _NUMBERED.match(raws[i])
        group = _GROUP.match(line)
        if numbered or group:
            close()
            number = numbered.group(1).rstrip(".") if numbered else ""  # ("a)": a sub-row)
            pages = [[]]
        if (whole_cells or len(line) <= _LONG) and not group:
            # cells the text layer set on one line, a wide gap between them
            cells = _GAP.split(raws[i][numbered.end() :] if numbered else raws[i])
            pages[-1].extend(" ".join(c.split()) for c in cells if c.strip() or not numbered)
        i += 1
    close()
    return rows, i


def _page_cut(lines: list[str]) -> tuple[list[str], list[str]]:
    """A row of whole cells (one line each) and the lines a page break cut from its cells
    with no header repeated: after its bodies' and time's cells, a line that opens in lower
    case goes on with a cell, as a cell never opens so."""
    bodies = next((k for k in range(1, len(lines)) if opens_body(lines, k)), len(lines))
    for k in range(bodies + 1, len(lines)):
        if lines[k][:1].islower() and any(DUE_HEAD.match(p) for p in lines[bodies:k]):
            return lines[:k], lines[k:]
    return lines, []


def _carry_open(cells: list[str], lines: list[str], kinds: list[str]) -> list[str]:
    """The row's ``cells`` with the ``lines`` a page break cut from them, one line to each
    cell the break left open, in the columns' order: a task's sentence without its full
    stop, a name ending on a kind of body ("Viện ..., Cục") or on an open word ("và");
    all to the task when they do not pair off so."""
    opened = [
        n
        for n, cell in enumerate(cells)
        if cell
        and (
            not cell.endswith((".", ";"))
            if kinds[n] == "task"
            else bool(OPEN_END.search(cell) or BODY_HEAD.fullmatch(cell.split()[-1]))
        )
    ]
    if len(opened) != len(lines):
        opened = [kinds.index("task")] * len(lines)
    out = list(cells)
    for n, line in zip(opened, lines, strict=True):
        out[n] = f"{out[n]} {line}"
    return out


def _results(lines: list[str], kinds: list[str]) -> list[list[str]]:
    """The cells of a row's lines, one row a result when the row's body cell comes again
    after its first result's cells (a task cell spanning two results, each with its own
    bodies, product and time): the later ones take the first's task."""
    cells = row_cells(lines, kinds)
    lead = cells[kinds.index("lead")]
    first = _again(lines[1:], lead) if lead else None
    again = _again(lines[first + 2 :], lead) if first is not None else None
    if again is None or first is None:
        return [cells]
    cut = first + 2 + again
    later = row_cells(lines[cut:], kinds, True)
    later[kinds.index("task")] = cells[kinds.index("task")]
    return [row_cells(lines[:cut], kinds), later]


def _carried(
    cells: list[str], lines: list[str], kinds: list[str], own_task: bool = True
) -> list[list[str]]:
    """The row's ``cells`` with the ``lines`` a page break carried over: the cells they go on
    with, or, when the row's body cell comes again there, a second result of the same task
    (its own bodies, product and time), the words before it ending the cell the page cut
    (a later result's product when the task cell is the first result's: ``own_task`` false)."""
    lead, task = kinds.index("lead"), kinds.index("task")
    again = _again(lines, cells[lead]) if cells[lead] else None
    product = next((n for n in range(lead + 1, len(kinds)) if kinds[n] == "other"), None)
    if again is None:
        more = row_cells(lines, kinds, True)
        # "... tham gia bảo hiểm y tế." / "quan, tổ chức có liên quan": after the task's full
        # stop, a line in lower case ends the bodies' cell the break cut ("Bộ Tài chính, các
        # bộ, ngành, cơ")
        stop = next(
            (
                k
                for k in range(1, len(lines))
                if lines[k - 1].endswith(".") and lines[k][:1].islower()
            ),
            None,
        )
        bodies = next(
            (n for n in (kinds.index("coord") if "coord" in kinds else lead, lead) if cells[n]),
            None,
        )
        if (
            stop is not None
            and bodies is not None
            and not any(more[n] for n in range(len(kinds)) if n != task)
        ):
            more[task] = " ".join(lines[:stop])
            more[bodies] = " ".join(lines[stop:])
        if not own_task and product is not None:
            more[product], more[task] = f"{more[task]} {more[product]}".strip(), ""
        coord = kinds.index("coord") if "coord" in kinds else None
        if coord is not None and more[lead] and cells[coord] and _closed(cells[lead]):
            # "Bộ Tài chính" whole on the first page, "Bộ Khoa học và Công nghệ" beside it: the
            # bodies carried over go on with the partners' cell, a list's next entry
            more[coord] = "; ".join(c for c in (more[lead], more[coord]) if c)
            more[lead] = ""
            if not OPEN_END.search(cells[coord]):
                cells[coord] += ";"
        return [[f"{a} {b}".strip() for a, b in zip(cells, more, strict=True)]]
    if product is not None:
        cells[product] = " ".join([cells[product], *lines[:again]]).strip()
    sub = row_cells(lines[again:], kinds, True)
    sub[task] = cells[task]
    return [cells, sub]


def _closed(name: str) -> bool:
    """The cell's name ends whole: on no open word ("và", ",") nor a kind of body ("Cục")."""
    words = name.split()
    return bool(words) and not OPEN_END.search(name) and not BODY_HEAD.fullmatch(words[-1])


def _again(lines: list[str], name: str) -> int | None:
    """Where the lines give the cell ``name`` again, whole from a line's start, or None."""
    for k in range(len(lines)):
        joined = ""
        for line in lines[k:]:
            joined = f"{joined} {line}".strip()
            if len(joined) >= len(name):
                break
        if joined == name:
            return k
    return None


def _header_next(raws: list[str], i: int, head: list[str]) -> bool:
    """The header's lines again after the blank lines from ``i`` on."""
    while i < len(raws) and not raws[i].strip():
        i += 1
    return i < len(raws) and " ".join(raws[i].split()) == head[0] and _repeats(raws, i, head)


def _repeats(raws: list[str], i: int, head: list[str]) -> bool:
    """The header's lines again from ``i`` on: the table goes on on a new page."""
    return [" ".join(r.split()) for r in raws[i : i + len(head)]] == head


_ENDS = re.compile(r"^(?:Điều \d|PHỤ LỤC|Nơi nhận|TM\.|KT\.)")


def _kinds(titles: list[str]) -> list[str]:
    """The kind of each column after the number: task, lead, coord, due or other."""
    kinds = []
    for title in titles[1:]:
        folded = fold(title)
        if any(k in folded for k in _LEAD):
            kinds.append("lead")
        elif any(k in folded for k in _COORD):
            kinds.append("coord")
        elif any(k in folded for k in _TASK) and "task" not in kinds:
            kinds.append("task")
        elif any(k in folded for k in DUE_HEADERS):
            kinds.append("due")
        else:
            kinds.append("other")
    return kinds


def _items(body: list[str]) -> list[list[str]]:
    """A row's lines, split where its task goes on in "-" items or a second paragraph."""
    parts: list[list[str]] = [[]]
    blank = False
    for line in body:
        if not line:
            blank = bool(parts[-1])
            continue
        if line == "-" or (blank and _task_ended(parts[-1]) and not BODY_HEAD.match(line)):
            parts.append([] if line == "-" else [line])
        else:
            parts[-1].append(line)
        blank = False
    return [p for p in parts if p]


def _task_ended(part: list[str]) -> bool:
    """Only the task's sentence so far, closed by a full stop."""
    return bool(part) and part[-1].endswith(".") and not any(BODY_HEAD.match(p) for p in part[1:])
