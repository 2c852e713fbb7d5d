"""A task table's rows: "Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian" read into
tasks, each with its text, lead and coordinating units, deadline and the names of units
outside the directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep, squash
from directives.parser.deadlines import Deadline, find_deadline
from directives.parser.units import MentionFinder, match_cell


@dataclass
class Row:
    text: str
    lead: str | None
    coordinating: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    unknown: list[str] = field(default_factory=list)


def table_rows(
    rows: list[str],
    find: MentionFinder,
    default: str | None,
    issued_on: date | None,
    calendar: WorkingCalendar,
) -> list[Row]:
    """The task rows of a table whose header names a task column, ``default`` leading where
    no column names the lead; none when no column holds the tasks."""
    cells = [[squash(c) for c in row.strip().strip("|").split("|")] for row in rows]
    header = [fold_keep(c) for c in cells[0]]

    def column(*keys: str) -> int | None:
        return next((i for i, h in enumerate(header) if any(k in h for k in keys)), None)

    text_col = column("noi dung", "nhiem vu", "cong viec", "hoat dong")
    if text_col is None:
        return []
    lead_col = column("chu tri", "don vi thuc hien", "co quan thuc hien", "thuc hien")
    coord_col = column("phoi hop")
    due_col = column("thoi gian", "thoi han", "hoan thanh", "tien do")
    out = []
    for row in cells[1:]:
        if text_col >= len(row) or not row[text_col]:
            continue
        task = Row(row[text_col], default)
        if lead_col is not None and lead_col < len(row) and row[lead_col]:
            lead, known = match_cell(row[lead_col], find)[0]
            task.lead = lead
            task.unknown += [] if known else [lead]
        if coord_col is not None and coord_col < len(row):
            for name, known in match_cell(row[coord_col], find):
                if name != task.lead and name not in task.coordinating:
                    task.coordinating.append(name)
                    task.unknown += [] if known else [name]
        if due_col is not None and due_col < len(row):
            cell = row[due_col]
            task.deadline = find_deadline(cell, fold_keep(cell), issued_on, calendar, cell=True)
        if task.deadline is None:
            task.deadline = find_deadline(task.text, fold_keep(task.text), issued_on, calendar)
        out.append(task)
    return out
