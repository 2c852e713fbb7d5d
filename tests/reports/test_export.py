"""The yearly export read back with openpyxl: a sheet per unit, the summary, dates as dates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from directives.reports.export import SUMMARY_SHEET, write_year_export
from tests.reports.conftest import AS_OF, Story


def export(story: Story, year: int, out: Path, today: date = AS_OF) -> Path:
    with story.rt.sessions() as session:
        write_year_export(session, story.rt.ws, year, out, today)
    return out


def test_export_has_a_sheet_per_unit_and_a_summary_of_the_four_buckets(
    story: Story, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(export(story, 2017, tmp_path / "2017.xlsx"))
    assert wb.sheetnames == [SUMMARY_SHEET, "Ban Giám đốc Sở", "Văn phòng Sở"]
    summary = wb[SUMMARY_SHEET]
    rows = [[c.value for c in row] for row in summary.iter_rows(min_row=1, max_row=4)]
    assert rows[0][:7] == [
        "STT",
        "Đơn vị",
        "Tổng số nhiệm vụ",
        "Đã hoàn thành đúng hạn",
        "Đã hoàn thành quá hạn",
        "Chưa hoàn thành, trong hạn",
        "Chưa hoàn thành, quá hạn",
    ]
    # as of 20/03/2017: Ban Giám đốc Sở 1 on time, 3 open overdue; Văn phòng Sở 1 late, 1 overdue
    assert rows[1][:8] == [1, "Ban Giám đốc Sở", 4, 1, 0, 0, 3, 0]
    assert rows[2][:8] == [2, "Văn phòng Sở", 2, 0, 1, 0, 1, 0]
    assert rows[3][1:8] == ["Tổng cộng", 6, 1, 1, 0, 4, 0]
    assert rows[1][8] == 0.25 and summary.cell(2, 9).number_format == "0.0%"
    assert summary.freeze_panes == "A2"
    office = wb["Văn phòng Sở"]
    header = [c.value for c in office[1]]
    assert header[:3] == ["STT", "Số văn bản", "Ngày ban hành"]
    assert office.freeze_panes == "A2"
    first = {h: c for h, c in zip(header, office[2], strict=True)}
    assert first["Số văn bản"].value == "115/UBND-NCPC"
    assert first["Ngày ban hành"].value == datetime(2017, 1, 25)
    assert first["Ngày ban hành"].number_format == "DD/MM/YYYY"
    assert first["Thời hạn"].value == datetime(2017, 3, 15)
    assert first["Ngày hoàn thành"].value == datetime(2017, 3, 17)
    assert first["Kết quả"].value == "Đã hoàn thành quá hạn"
    assert first["Tài liệu kiểm chứng"].value == "Báo cáo số 25/BC-SNgV"
    widths = {
        h: office.column_dimensions[get_column_letter(i)].width for i, h in enumerate(header, 1)
    }
    assert widths["Nội dung nhiệm vụ"] > widths["Thời hạn"] > widths["STT"]
    assert first["Nội dung nhiệm vụ"].alignment.wrap_text


def test_export_of_a_year_without_directives_has_only_the_summary_header(
    story: Story, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(export(story, 2016, tmp_path / "2016.xlsx"))
    assert wb.sheetnames == [SUMMARY_SHEET]
    assert wb[SUMMARY_SHEET]["A1"].value == "STT"
    assert wb[SUMMARY_SHEET]["A2"].value is None
