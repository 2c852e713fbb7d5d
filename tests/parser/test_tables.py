"""Task tables read as a reader of many plans and appendices reads them, each rule on a
short synthetic table (none of these rows comes from the corpora)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.mentions import MentionFinder
from directives.parser.tables import Row, cell_deadline, table_rows
from directives.records import DeadlineKind

ISSUED = date(2025, 3, 3)
LETTER = (
    "BỘ NỘI VỤ\nSố: 15/BNV-TCBM\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
    "Kính gửi: Các Bộ, cơ quan ngang Bộ.\n\n"
    "Bộ Nội vụ đề nghị các Bộ xử lý các kiến nghị tại Phụ lục kèm theo.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nLê Văn Bình\n"
)


def rows(find: MentionFinder, calendar: WorkingCalendar, *lines: str) -> list[Row]:
    return table_rows(list(lines), find, None, ISSUED, calendar)


def test_a_flattened_table_of_proposals_hands_each_to_the_body_in_charge(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    cells = [
        ["TT", "Tỉnh kiến nghị", "Thông tin đề xuất", "Bộ phụ trách tiếp nhận, xử lý"],
        ["1", "Hòa Bình", "Đề nghị hướng dẫn chế độ phụ cấp cho cán bộ cấp xã.", "Bộ Nội vụ"],
        ["2", "Sơn La", "Đề nghị bố trí kinh phí sửa chữa trụ sở.", "Bộ Tài chính; Bộ Xây dựng"],
    ]
    table = "\n".join("|\n" + "\n|\n".join(row) + "\n|" for row in cells)
    record = parse_text(LETTER + "\nPHỤ LỤC\n\n" + table + "\n", org, calendar)
    tail = [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions[-2:]]
    assert tail == [
        ("Đề nghị hướng dẫn chế độ phụ cấp cho cán bộ cấp xã", "Bộ Nội vụ", []),
        # bodies named jointly in charge: the first leads, the others work with it
        ("Đề nghị bố trí kinh phí sửa chữa trụ sở", "Bộ Tài chính", ["Bộ Xây dựng"]),
    ]


def test_a_shared_prefix_in_a_lead_cell_is_spelled_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = rows(
        MentionFinder(org),
        calendar,
        "| STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |",
        "| 1 | Số hóa hồ sơ lưu trữ | Các Cục: Lưu trữ; Xuất bản, In và Phát hành. Vụ Kế hoạch, "
        "Tài chính | Văn phòng Bộ |",
        "| 2 | Rà soát quy trình | Giám đốc Trung tâm Dữ liệu | Các phòng thuộc Trung tâm |",
    )
    assert [(r.lead, r.coordinating) for r in found] == [
        (
            "Cục Lưu trữ",
            ["Cục Xuất bản, In và Phát hành", "Vụ Kế hoạch, Tài chính", "Văn phòng Bộ"],
        ),
        # the title is dropped; a plural narrowed to a body's own units is a definite set
        ("Trung tâm Dữ liệu", ["Các phòng thuộc Trung tâm"]),
    ]


def test_an_unnamed_plural_in_the_partners_cell_names_no_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = rows(
        MentionFinder(org),
        calendar,
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |",
        "| 1 | Khảo sát hạ tầng | Sở Xây dựng | Sở Y tế, Các doanh nghiệp đầu tư hạ tầng |",
        "| 2 | Lập kế hoạch | Sở Xây dựng | Cơ quan, đơn vị liên quan |",
    )
    assert [r.coordinating for r in found] == [["Sở Y tế"], []]


def test_the_most_specific_header_names_the_lead_column(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = rows(
        MentionFinder(org),
        calendar,
        "| TT | Nội dung | Thời gian thực hiện | Đơn vị thực hiện |",
        "| 1 | Khảo sát hạ tầng | Quý II/2025 | Sở Xây dựng |",
    )
    assert [(r.lead, r.deadline and r.deadline.text) for r in found] == [
        ("Sở Xây dựng", "Quý II/2025")
    ]


def test_a_row_whose_number_cell_holds_words_is_page_chrome(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = rows(
        MentionFinder(org),
        calendar,
        "| STT | Tên nhiệm vụ | Cơ quan chủ trì |",
        "| 1 | Khảo sát hạ tầng | Sở Xây dựng |",
        "| Địa chỉ: | 12 Lê Lợi, Quận 1 | Điện thoại: |",
    )
    assert [r.text for r in found] == ["Khảo sát hạ tầng"]


def test_a_period_in_a_deadline_cell_is_due_at_its_end(calendar: WorkingCalendar) -> None:
    found = cell_deadline("Quý IV/2025- Quý II/2026", ISSUED, calendar)
    assert found is not None
    assert (found.text, found.deadline, found.kind) == (
        "Quý IV/2025- Quý II/2026",
        date(2026, 6, 30),
        DeadlineKind.QUARTER,
    )
    # a date written with hyphens is one date, not a period
    single = cell_deadline("30-6-2025", ISSUED, calendar)
    assert single is not None and single.deadline == date(2025, 6, 30)


def test_a_list_dash_opening_a_task_cell_is_not_the_tasks_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = rows(
        MentionFinder(org),
        calendar,
        "| TT | Nội dung | Đơn vị chủ trì |",
        "| 1 | - Ban hành quy chế phối hợp | Sở Tư pháp |",
    )
    assert [r.text for r in found] == ["Ban hành quy chế phối hợp"]
