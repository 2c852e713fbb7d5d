"""A task table a plain-text copy wrote without its edge pipes ("Thời gian | Nội dung công
việc | ... | Thực hiện", then " |  |  | Đơn vị chủ trì | Đơn vị phối hợp"): its rows put back
as Markdown rows, so that they read as a table's.

The run starts at a line whose cells name a task column and another (a long header cell,
"Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định", counts by its first words) and
holds every following line that has a cell boundary; a line without one ends it. A row of
fewer cells (a group's heading, "I | GIAI ĐOẠN 1: ...") is filled out with empty ones.
"""

from __future__ import annotations

from directives.parser.cells import task_header

_HEAD_CELL = 40  # the header words that name a column
_LONG_CELL = 80  # a header cell longer than this is prose, not a header


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().split("|")]


def _bare_header(line: str) -> bool:
    if line.lstrip().startswith("|") or " | " not in line:
        return False
    cells = _cells(line)
    return all(len(c) <= _LONG_CELL for c in cells) and task_header([c[:_HEAD_CELL] for c in cells])


def pipe_bare_tables(lines: list[str]) -> list[str]:
    """The lines with each bare task table's rows written as "| a | b |" rows."""
    out: list[str] = []
    inside = False
    width = 0
    for line in lines:
        if _bare_header(line):
            inside, width = True, len(_cells(line))
        inside = inside and "|" in line
        row = line.strip()
        if inside and not (row.startswith("|") and row.endswith("|")):
            # a group's heading row ("I | GIAI ĐOẠN 1: ...") filled out to the header's width:
            # a row of the table, not a two-column layout
            cells = _cells(row)
            cells += [""] * (width - len(cells))
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append(line)
    return out
