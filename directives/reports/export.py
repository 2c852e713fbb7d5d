"""The yearly export for the administrative-reform self-scoring: one .xlsx workbook.

A summary sheet counts the four buckets per unit; then one sheet per unit lists
every action of the year with its directive, deadline, completion date and
bucket. An action belongs to the year its directive was issued (received, if
the letter bears no date); buckets are counted as of 31 December of that year,
or as of today for the current year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from directives.db import Directive
from directives.domain import TIMELINESS_VI, Timeliness
from directives.errors import InvalidInput
from directives.reports.content import BUCKETS, ActionResult, action_result
from directives.reports.files import atomic_output, vn_date
from directives.workspace import Workspace

DATE_FORMAT = "DD/MM/YYYY"
SUMMARY_SHEET = "Tổng hợp"
WRAPPED_WIDTH = 60
FONT = "Times New Roman"
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

UNIT_COLUMNS = (
    "STT",
    "Số văn bản",
    "Ngày ban hành",
    "Cơ quan ban hành",
    "Mã nhiệm vụ",
    "Nội dung nhiệm vụ",
    "Đơn vị phối hợp",
    "Thời hạn ban đầu",
    "Thời hạn",
    "Ngày hoàn thành",
    "Kết quả",
    "Tài liệu kiểm chứng",
    "Ghi chú",
)
WRAPPED = {"Nội dung nhiệm vụ", "Tài liệu kiểm chứng", "Ghi chú", "Cơ quan ban hành"}
SUMMARY_COLUMNS = (
    "STT",
    "Đơn vị",
    "Tổng số nhiệm vụ",
    *(TIMELINESS_VI[b] for b in BUCKETS),
    TIMELINESS_VI[Timeliness.ONGOING],
    "Tỷ lệ hoàn thành đúng hạn",
)


class ExportResult(BaseModel):
    path: Path
    year: int
    as_of: date
    actions: int
    units: int


class _Row(BaseModel):
    directive: Any
    result: ActionResult
    unit_id: str


def _sheet_title(name: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "-", name).strip("' ")[:31] or "Đơn vị"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _write_table(sheet: Worksheet, columns: Sequence[str], rows: list[list[Any]]) -> None:
    """Header row frozen with a filter, dates as dates, columns as wide as their content."""
    sheet.append(list(columns))
    for row in rows:
        sheet.append(row)
    widths = [len(c) for c in columns]
    for row_cells in sheet.iter_rows():
        for i, cell in enumerate(row_cells):
            cell.font = Font(name=FONT, size=12, bold=cell.row == 1)
            cell.border = _BORDER
            wrap = cell.row == 1 or columns[i] in WRAPPED
            cell.alignment = Alignment(wrap_text=wrap, vertical="top")
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
                widths[i] = max(widths[i], 10)
            elif isinstance(cell.value, float):
                cell.number_format = "0.0%"
            elif cell.value is not None and cell.row > 1:
                widths[i] = max(widths[i], len(str(cell.value)))
    for i, width in enumerate(widths, 1):
        limit = WRAPPED_WIDTH if columns[i - 1] in WRAPPED else 40
        sheet.column_dimensions[get_column_letter(i)].width = min(width, limit) + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _rows(session: Session, ws: Workspace, year: int, as_of: date) -> list[_Row]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    directives = session.scalars(
        select(Directive)
        .where(
            or_(
                Directive.issued_on.between(first, last),
                and_(Directive.issued_on.is_(None), Directive.received_on.between(first, last)),
            )
        )
        .order_by(Directive.issued_on, Directive.id)
    ).all()
    return [
        _Row(directive=d, result=action_result(session, ws, a, as_of), unit_id=a.lead_unit)
        for d in directives
        for a in d.actions
    ]


def _unit_row(i: int, row: _Row) -> list[Any]:
    d, a = row.directive, row.result
    return [
        i,
        d.number,
        d.issued_on,
        d.issuer or "",
        a.code,
        a.text,
        ", ".join(a.coordinating_names),
        a.original_deadline,
        a.deadline,
        a.completed_on,
        a.bucket_vi,
        "; ".join(a.evidence),
        a.remark or "",
    ]


def _summary_row(i: int, name: str, results: list[ActionResult]) -> list[Any]:
    counts = [sum(1 for a in results if a.bucket == b) for b in (*BUCKETS, Timeliness.ONGOING)]
    with_deadline = len(results) - counts[-1]
    rate = counts[0] / with_deadline if with_deadline else None
    return [i, name, len(results), *counts, rate]


def write_year_export(
    session: Session, ws: Workspace, year: int, out: Path, today: date
) -> ExportResult:
    if not 1900 < year < 3000:
        raise InvalidInput(f"year {year} out of range", f"Năm {year} không hợp lệ.")
    as_of = min(date(year, 12, 31), today)
    rows = _rows(session, ws, year, as_of)
    by_unit: dict[str, list[_Row]] = {}
    for row in rows:
        by_unit.setdefault(row.unit_id, []).append(row)
    order = [u.id for u in ws.org.units if u.id in by_unit]
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = SUMMARY_SHEET
    taken = {SUMMARY_SHEET.lower()}
    summary_rows = [
        _summary_row(i, ws.org.unit(u).name, [r.result for r in by_unit[u]])
        for i, u in enumerate(order, 1)
    ]
    if rows:
        total = _summary_row(0, "Tổng cộng", [r.result for r in rows])
        summary_rows.append([None, *total[1:]])
    _write_table(summary, SUMMARY_COLUMNS, summary_rows)
    summary.append([])
    summary.append([None, f"Năm {year}; số liệu tính đến ngày {vn_date(as_of)}."])
    for unit_id in order:
        sheet = wb.create_sheet(_sheet_title(ws.org.unit(unit_id).name, taken))
        _write_table(
            sheet, UNIT_COLUMNS, [_unit_row(i, r) for i, r in enumerate(by_unit[unit_id], 1)]
        )
    with atomic_output(out) as fh:
        wb.save(fh)
    return ExportResult(path=out, year=year, as_of=as_of, actions=len(rows), units=len(order))
