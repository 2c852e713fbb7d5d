"""Round 36c: an annex task table whose parts print the header again without its "STT" cell
("| Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm đầu ra |"),
the group row "| II | ... |" right above it, while each row under it still opens with its
number ("| 2.1 | Triển khai ... | Sở Y tế | ... |"): the group row ends where the header
begins, and the rows are read under the header with the number's column put back."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.cells import rebuild_tables
from directives.parser.mentions import MentionFinder
from directives.parser.tables import Row, table_rows
from tests.parser.test_plans import PLAN_HEAD, TAIL
from tests.parser.test_round7_plans import flattened

_SHORT = ["Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]


def _read(rows: list[str], org: OrgDirectory, calendar: WorkingCalendar) -> list[Row]:
    header = "| " + " | ".join(_SHORT) + " |"
    return table_rows([header, *rows], MentionFinder(org), None, date(2025, 11, 3), calendar)


def test_rows_under_a_header_without_its_number_cell(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    rows = _read(
        [
            "| 1.1 | Xây dựng kế hoạch số hóa | Sở Y tế | Sở Nội vụ | 2026 - 2027 | Kế hoạch |",
            "| 1.2 | Triển khai bệnh án điện tử | Sở Tư pháp | Sở Xây dựng | 2026 | Hệ thống |",
        ],
        org,
        calendar,
    )
    assert [(r.text, r.lead, r.coordinating, r.deadline and r.deadline.deadline) for r in rows] == [
        ("Xây dựng kế hoạch số hóa", "Sở Y tế", ["Sở Nội vụ"], date(2027, 12, 31)),
        ("Triển khai bệnh án điện tử", "Sở Tư pháp", ["Sở Xây dựng"], date(2026, 12, 31)),
    ]


def test_a_header_that_is_whole_keeps_its_columns(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the text in the first column and no number before it: nothing is put back
    rows = _read(
        ["| Xây dựng kế hoạch số hóa | Sở Y tế | Sở Nội vụ | 2026 | Kế hoạch |"], org, calendar
    )
    assert [(r.text, r.lead) for r in rows] == [("Xây dựng kế hoạch số hóa", "Sở Y tế")]


def test_a_group_row_ends_where_the_header_is_printed_again() -> None:
    lines = flattened(
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        ["1", "Rà soát quy định", "Sở Tư pháp", "Sở Nội vụ", "2026", "Văn bản"],
    )
    lines += [
        "",
        "",
        *flattened(
            _SHORT,
            ["1.1", "Xây dựng kế hoạch số hóa", "Sở Y tế", "Sở Nội vụ", "2026", "Kế hoạch"],
            ["II", "Phát triển giáo dục số"],
            _SHORT,
            [
                "2.1",
                "Triển khai học liệu số",
                "Sở Giáo dục và Đào tạo",
                "Sở Nội vụ",
                "2027",
                "Sách",
            ],
        ),
    ]
    got = [line for line in rebuild_tables(lines) if line.startswith("| ")]
    # (the group row, narrower than the table, is left out)
    assert got[-3:] == [
        "| 1.1 | Xây dựng kế hoạch số hóa | Sở Y tế | Sở Nội vụ | 2026 | Kế hoạch |",
        "| " + " | ".join(_SHORT) + " |",
        "| 2.1 | Triển khai học liệu số | Sở Giáo dục và Đào tạo | Sở Nội vụ | 2027 | Sách |",
    ]


def test_an_annex_whose_parts_print_the_header_again(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    header = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"]
    annex = "\n".join(
        [
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ",
            "",
            *flattened(
                header,
                ["A", "NỀN TẢNG"],
                ["1.1", "Rà soát quy định", "Sở Tư pháp", "Sở Nội vụ", "2026", "Văn bản"],
            ),
            "",
            "",
            *flattened(
                ["B", "LĨNH VỰC"],
                ["I", "Y tế số"],
                _SHORT,
                ["1.1", "Triển khai bệnh án điện tử", "Sở Y tế", "Sở Nội vụ", "2027", "Hệ thống"],
                ["II", "Giáo dục số"],
                _SHORT,
                ["2.1", "Triển khai học liệu số", "Sở Xây dựng", "Sở Nội vụ", "2026", "Học liệu"],
            ),
        ]
    )
    record = parse_text(
        PLAN_HEAD
        + "I. TỔ CHỨC THỰC HIỆN\n"
        + "Các sở triển khai nhiệm vụ được giao chủ trì tại Phụ lục kèm theo.\n"
        + TAIL
        + "\n"
        + annex
        + "\n",
        org,
        calendar,
    )
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions][-3:] == [
        ("Rà soát quy định", "Sở Tư pháp", ["Sở Nội vụ"]),
        ("Triển khai bệnh án điện tử", "Sở Y tế", ["Sở Nội vụ"]),
        ("Triển khai học liệu số", "Sở Xây dựng", ["Sở Nội vụ"]),
    ]
