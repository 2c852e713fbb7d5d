"""A task table's rows: "Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian" read into
tasks, each with its text, lead and coordinating units, deadline and the names of units
outside the directory.

The columns are found by their headers, the most specific words first ("Cơ quan chủ trì"
before a "... thực hiện" column); a table of proposals ("Thông tin đề xuất | Bộ phụ trách
tiếp nhận, xử lý") reads the same way. Several bodies in the lead's cell lead jointly: the
first leads, the others coordinate ahead of those in the "phối hợp" column.

Rows that hold another table (an annex's table after the last one's rows, the title between
them left out: "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian |"
under "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi |") are read under their
own header row; a results or products column ("Kết quả", "Sản phẩm") never names the lead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from directives.calendar import DeadlineKind as Rule
from directives.calendar import WorkingCalendar, end_of_month
from directives.parser.cells import LEADS, NUMBER_HEADERS, TARGETS, task_header
from directives.parser.clean import fold_keep, squash
from directives.parser.deadlines import Deadline, find_deadline
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import coordinating_cell, lead_cell
from directives.parser.units import assign_units
from directives.records import DeadlineKind


@dataclass
class Row:
    text: str
    lead: str | None
    coordinating: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    unknown: list[str] = field(default_factory=list)
    joint: list[str] = field(default_factory=list)  # the plurals leading with the lead


# Header words of each column, the most specific first.
_TEXT_KEYS = ("noi dung", "nhiem vu", "cong viec", "hoat dong", "de xuat", "kien nghi", "de an")
_LEAD_KEYS = ("chu tri", "don vi thuc hien", "co quan thuc hien", "phu trach", "thuc hien")
_DUE_KEYS = ("thoi gian", "thoi han", "hoan thanh", "tien do")
# "Kết quả thực hiện", "Sản phẩm đầu ra": what the task delivers, never who leads it
_PRODUCT_KEYS = ("ket qua", "san pham")
# "- Ban hành quy định ...", ". Tiếp tục hỗ trợ ...": a cell's list mark is not the task's text
_LIST_MARK = re.compile(r"^(?:[-+•]|\.(?=\s))\s+")
# A row's number: "1", "1.2", "I", "a)"; anything else there is not a row of the table
# (a page's footer laid out as a table: "Địa chỉ: | 17 Nguyễn Gia Thiều | ...").
# (or a list dash, "| - | Hỗ trợ sản xuất ... | + Hỗ trợ ... | Bộ X |": a group's row)
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLivxl]{1,5}|[a-zđ]|[-+])?\s*[.)]?$")
# An approved workflow's steps ("Thứ tự công việc | Nội dung công việc | Đơn vị thực hiện",
# rows "Bước 1", "Bước 2"): what the decision approves, no task it gives
_STEP_HEADER = re.compile(
    r"^(?:thu tu (?:cong viec|cac buoc|thuc hien)|trinh tu\b|(?:cac )?buoc\b)"
)
_STEP = re.compile(r"^bước\s*\d{1,2}\b", re.IGNORECASE)
# "Quý IV/2025 - Quý II/2026", "Tháng 10/2025 đến tháng 12/2025": a period, due at its end
# "10-11/2019", "12/2019" alone in a time cell: a span of months (or one), due at the last
# one's end
_MONTHS = re.compile(r"^(?:\d{1,2}\s*-\s*)?(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})$")
# ("Tháng 10/2021 và tháng 11/2021": months joined by "và", a span too)
_RANGE = re.compile(r"\s*(?:–|-(?=\s*[^\d\s])|\bđến\b|\bvà(?=\s+tháng\b))\s*", re.IGNORECASE)
# "Từ tháng 10/2021 đến ", "Hàng tuần (từ tháng 10/2021 ": the span's start before its end, a
# recurrence it bounds first
_WORK_WITH = re.compile(r"^(?:[-+•]\s*)?phối hợp (?:với|cùng)\s", re.IGNORECASE)
_OPEN_START = re.compile(r"^\s*từ\s+$", re.IGNORECASE)
_FROM = re.compile(
    r"^(?:h[àằ]ng\s+\w+\s*\(\s*)?từ\s+(?:tháng|quý|năm)\s+[\dIVX]+(?:/\d{4})?\s+(?:đến\s+)?$",
    re.IGNORECASE,
)


def table_rows(
    rows: list[str],
    find: MentionFinder,
    default: str | None,
    issued_on: date | None,
    calendar: WorkingCalendar,
) -> list[Row]:
    """The task rows of a table whose header names a task column, ``default`` leading where
    no column names the lead; none when no column holds the tasks. A later header row starts
    a table of its own."""
    cells = [[squash(c) for c in row.strip().strip("|").split("|")] for row in rows]
    starts = [0, *(i for i, r in enumerate(cells) if i and _header_row(r)), len(cells)]
    return [
        task
        for a, b in itertools.pairwise(starts)
        for task in _one_table(cells[a:b], find, default, issued_on, calendar)
    ]


def _header_row(row: list[str]) -> bool:
    """ "| TT | Nhiệm vụ | Cơ quan chủ trì | ... |": a header, no row numbered as a task."""
    return bool(row) and not (row[0] and _ROW_NUMBER.match(row[0])) and task_header(row)


def _one_table(
    cells: list[list[str]],
    find: MentionFinder,
    default: str | None,
    issued_on: date | None,
    calendar: WorkingCalendar,
) -> list[Row]:
    header = [fold_keep(c) for c in cells[0]]
    if len(cells) > 2 and _sub_header(header, cells[1]):
        # "| Thời gian | ... | Thực hiện |" over "| | | | Đơn vị chủ trì | Đơn vị phối hợp |":
        # the merged cell's columns named by the row under it
        k = next(i for i, c in enumerate(cells[1]) if c)
        header = header[:k] + [fold_keep(c) for c in cells[1][k:]]
        cells = [cells[0], *cells[2:]]
    if _number_left_out(header, cells[1:]):
        header = ["stt", *header]

    def column(keys: tuple[str, ...], *taken: int | None) -> int | None:
        return next(
            (i for k in keys for i, h in enumerate(header) if k in h and i not in taken),
            None,
        )

    if _STEP_HEADER.match(header[0].strip(" *")) or any(_STEP.match(r[0]) for r in cells[1:3]):
        return []
    # ("| Nhóm hoạt động | Hoạt động | Cơ quan chủ trì |": the group's column heads the rows
    # of its tasks, the other holds them)
    groups = [i for i, h in enumerate(header) if h.strip(" *").startswith("nhom ")]
    text_col = column(_TEXT_KEYS, *groups)
    text_col = column(_TEXT_KEYS) if text_col is None else text_col
    if text_col is None and any(LEADS in h for h in header):
        text_col = next((i for i, h in enumerate(header) if h.strip(" *") == TARGETS), None)
    if text_col is None:
        return []
    due_col = column(_DUE_KEYS, text_col)
    products = [i for i, h in enumerate(header) if any(k in h for k in _PRODUCT_KEYS)]
    lead_col = column(_LEAD_KEYS, text_col, due_col, *products)
    coord_col = column(("phoi hop",), text_col)
    number_col = next((i for i, h in enumerate(header) if h.strip() in NUMBER_HEADERS), None)
    out = []
    carried = ""  # a merged time cell leading the row: it times every row of its group
    for row in cells[1:]:
        if due_col == 0 and row[0]:
            carried = "" if _ROW_NUMBER.match(row[0]) else row[0]
        if text_col >= len(row) or not row[text_col]:
            continue
        if number_col is not None and not _ROW_NUMBER.match(_cell(row, number_col)):
            continue
        task = Row(_LIST_MARK.sub("", row[text_col]), default)
        leads = lead_cell(_cell(row, lead_col), find)
        if leads:
            task.lead = leads[0][0]
            # ("Các sở, ngành" after the lead: a plural that leads with it, kept by name)
            task.joint = [name for name, _ in leads[1:] if name.lower().startswith("các ")]
        partners = coordinating_cell(_cell(row, coord_col), find)
        if coord_col is None:
            # no "phối hợp" column: the partners the task's own words name ("Chủ trì, phối
            # hợp với Bộ Công an ..."), as in prose
            partners = _text_partners(task.text, task.lead, find)
        elif _WORK_WITH.match(task.text):
            # "Phối hợp với Bộ Công an để ...": the task is to work with that body, a partner
            # after the column's
            partners += [p for p in _text_partners(task.text, task.lead, find) if p not in partners]
        for name, known in [*leads, *partners]:
            if name != task.lead and name not in task.coordinating:
                task.coordinating.append(name)
            if not known and name not in task.unknown:
                task.unknown.append(name)
        # the first deadline phrase of the task's own words ("..., hoàn thành trong tháng
        # 9/2025"), else the "thời hạn" column's
        task.deadline = find_deadline(task.text, fold_keep(task.text), issued_on, calendar)
        if task.deadline is None and due_col is not None and due_col < len(row):
            due = carried if due_col == 0 else row[due_col]
            task.deadline = cell_deadline(due, issued_on, calendar)
        out.append(task)
    return out


def _sub_header(header: list[str], row: list[str]) -> bool:
    """A row under the header that names the columns its last cell spans: empty first, wider
    than the header, a "chủ trì" or "phối hợp" among its cells."""
    return (
        len(row) > len(header)
        and not row[0]
        and any(k in fold_keep(c) for c in row for k in (LEADS, "phoi hop"))
    )


def _number_left_out(header: list[str], rows: list[list[str]]) -> bool:
    """ "| Nội dung | Đơn vị thực hiện | ... |" printed again over a group's rows "| 1.1 |
    Xây dựng ... | Sở X | ... |": the header left the number's column out, its rows did not
    (most rows hold one cell more, a row's number first)."""
    if not rows or any(h.strip(" *") in NUMBER_HEADERS for h in header):
        return False
    # (its width without the empty cells a flattened page padded it with to the width of
    # the table above, when no blank line parted the two)
    width = len(header) - len(list(itertools.takewhile(lambda h: not h.strip(), header[::-1])))
    wider = sum(1 for r in rows if len(r) == width + 1 and r[0] and _ROW_NUMBER.match(r[0]))
    return 2 * wider > len(rows)


def _text_partners(text: str, lead: str | None, find: MentionFinder) -> list[tuple[str, bool]]:
    units = assign_units(text, find, lead, fold_keep(text))
    unknown = set(units.unknown)
    return [(name, name not in unknown) for name in units.coordinating]


def _cell(row: list[str], col: int | None) -> str:
    return row[col] if col is not None and col < len(row) else ""


def cell_deadline(cell: str, issued_on: date | None, calendar: WorkingCalendar) -> Deadline | None:
    """The deadline a "thời gian" cell gives; a period ("Quý IV/2025 - Quý II/2026") is due
    at its end, and its whole span is the phrase."""
    first = find_deadline(cell, fold_keep(cell), issued_on, calendar, cell=True)
    months = _MONTHS.match(cell) if first is None else None
    if months is not None and 1 <= int(months.group("m")) <= 12:
        end = end_of_month(int(months.group("y")), int(months.group("m")))
        return Deadline(calendar.resolve(Rule.NO_LATER_THAN, day=end), DeadlineKind.BY, cell, 0)
    if first is None:
        return None
    joint = _RANGE.match(cell, first.start + len(first.text))
    tail = cell[joint.end() :] if joint else ""
    last = find_deadline(tail, fold_keep(tail), issued_on, calendar, cell=True) if joint else None
    if joint is not None and last is not None and last.start == 0:
        span = cell[first.start : joint.end() + len(last.text)]
        first = Deadline(last.deadline, last.kind, span, first.start, last.warning)
    if _OPEN_START.match(cell[: first.start]):
        # "Từ quý I/2027": when the work starts, no end, no deadline ("Từ quý III/2026 đến
        # quý III/2030": the span, from its "Từ")
        if not _RANGE.search(first.text):
            return None
        return Deadline(first.deadline, first.kind, cell[: first.start + len(first.text)], 0)
    if not _FROM.match(cell[: first.start]):
        return first
    # ("Từ tháng 10/2021 đến tháng 11/2021": the span from its start, the recurrence's bracket
    # closed)
    stop = first.start + len(first.text)
    stop = len(cell) if cell[stop:].strip() == ")" else stop
    return Deadline(first.deadline, first.kind, cell[:stop], 0, first.warning)
