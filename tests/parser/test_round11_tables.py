"""Rules of the eleventh round made with blind batch 14 in view (task tables in the text
layer of a gazette's PDFs: each cell's wrapped lines on lines of their own, nothing between
the cells), each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.pdf_tables import rebuild_pdf_tables
from directives.parser.references import find_references
from directives.parser.tables import cell_deadline
from tests.parser.test_plans import plan

_HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ", "trì", "Đơn vị", "phối hợp", "Thời hạn"]
_PAGE_BREAK = [
    "",
    "CÔNG BÁO/Số 120/Ngày 04-03-2026 ",
    "18",
    " ",
    " ",
]


def _table(*rows: list[str]) -> str:
    return "\n".join(["PHỤ LỤC", "DANH MỤC NHIỆM VỤ", *_HEADER, *(x for r in rows for x in r)])


def test_a_pdf_task_table_is_rebuilt_row_by_row_from_its_cells_lines() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            "1",
            "Kiểm kê toàn bộ thiết bị đo lường",
            "của phòng thí nghiệm trọng điểm.",
            "Cục Đo lường, ",
            "Sở Xây dựng",
            "Viện Đo lường ",
            "Việt Nam, các ",
            "đơn vị",
            "Quý III/2026",
        ]
    )
    assert got[:3] == [
        "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
        "| 1 | Kiểm kê toàn bộ thiết bị đo lường của phòng thí nghiệm trọng điểm. "
        "| Cục Đo lường, Sở Xây dựng | Viện Đo lường Việt Nam, các đơn vị | Quý III/2026 |",
        "",
    ]


def test_a_pdf_table_gives_its_rows_as_tasks_with_leads_partners_and_times(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        _table(
            ["I", "Hoàn thiện quy định về đo lường"],
            ["1", "Sửa đổi quy chuẩn kỹ thuật về cân", "điện tử.", "Cục Đo lường"],
            ["Viện Đo lường", "Việt Nam", "Giai đoạn", "2026 - 2027"],
            ["2", "Kiểm tra cân tại các chợ đầu mối.", "Sở Công Thương", "Thường", "xuyên"],
        )
        + "\n",
        org,
        calendar,
    )
    got = [(a.text, a.lead_unit, a.coordinating_units, a.deadline) for a in record.actions]
    assert got[-2:] == [
        (
            "Sửa đổi quy chuẩn kỹ thuật về cân điện tử",
            "Cục Đo lường",
            ["Viện Đo lường Việt Nam"],
            date(2027, 12, 31),
        ),
        ("Kiểm tra cân tại các chợ đầu mối", "Sở Công Thương", [], None),
    ]


def test_a_row_split_into_dash_items_gives_each_item_its_own_row() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            "3",
            "Cải tạo hạ tầng đo lường.",
            " ",
            "-",
            "Phòng thử nghiệm cân.",
            "Cục Đo lường",
            "-",
            "Phòng thử nghiệm nhiệt.",
            "Viện Đo lường",
            "Năm 2027",
        ]
    )
    assert got[1:3] == [
        "| 3 | Phòng thử nghiệm cân. | Cục Đo lường |  |  |",
        "|  | Phòng thử nghiệm nhiệt. | Viện Đo lường |  | Năm 2027 |",
    ]


def test_a_row_a_page_break_cut_goes_on_after_the_repeated_header() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            "4",
            "Xây dựng cơ sở dữ liệu đo lường",
            "Cục Đo lường",
            "Năm 2026",
            *_PAGE_BREAK[3:],
            *_HEADER,
            "kết nối với hệ thống quốc gia.",
            "5",
            "Đào tạo kiểm định viên.",
            "Viện Đo lường",
        ]
    )
    assert got[1:3] == [
        "| 4 | Xây dựng cơ sở dữ liệu đo lường kết nối với hệ thống quốc gia. "
        "| Cục Đo lường |  | Năm 2026 |",
        "| 5 | Đào tạo kiểm định viên. | Viện Đo lường |  |  |",
    ]


def test_a_products_column_is_told_from_the_bodies_and_the_time() -> None:
    header = ["STT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả"]
    got = rebuild_pdf_tables(
        [
            *header,
            "Thời gian hoàn",
            "thành",
            "1  Rà soát danh mục thiết bị",
            "Cục Đo lường  Sở Y tế",
            "Các văn bản",
            "hướng dẫn",
            "Báo cáo",
            "hằng năm",
            "Tháng 9/2026",
        ]
    )
    assert got[1] == (
        "| 1 | Rà soát danh mục thiết bị | Cục Đo lường | Sở Y tế "
        "| Các văn bản hướng dẫn Báo cáo hằng năm | Tháng 9/2026 |"
    )


def test_a_period_in_a_time_cell_is_due_at_the_end_of_its_last_year(
    calendar: WorkingCalendar,
) -> None:
    found = cell_deadline("Giai đoạn 2026 - 2030", date(2026, 4, 1), calendar)
    assert found is not None and found.deadline == date(2030, 12, 31)


def test_a_column_of_who_approves_is_not_taken_for_the_partners() -> None:
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp", "Cấp phê duyệt"]
    row = ["1", "Lập danh mục thiết bị", "Cục Đo lường", "Sở Y tế", "Bộ trưởng Bộ"]
    got = rebuild_pdf_tables([*header, "Tiến độ", *row, "Khoa học và", "Công nghệ", "Năm 2027"])
    assert got[1] == (
        "| 1 | Lập danh mục thiết bị | Cục Đo lường | Sở Y tế "
        "| Bộ trưởng Bộ Khoa học và Công nghệ | Năm 2027 |"
    )


_RESOLUTION = (
    "CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 5 tháng 5 năm 2026\n\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 4 năm 2026\n\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n"
    "1. Các bộ, cơ quan, địa phương thực hiện những nội dung tại Phụ lục ban hành kèm "
    "theo Nghị quyết này.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn An\n\n"
)


def test_an_appendix_of_prose_after_the_signature_gives_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    appendix = (
        "Phụ lục\nNHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN\n"
        "(Kèm theo Nghị quyết số 77/NQ-CP ngày 05 tháng 5 năm 2026\ncủa Chính phủ)\n"
        "1. Bộ Xây dựng chủ trì, phối hợp với các cơ quan:\n"
        "a) Hoàn thiện quy chuẩn nhà ở xã hội.\n"
        "b) Kiểm tra tiến độ các dự án đường cao tốc.\n"
    )
    record = parse_text(_RESOLUTION + appendix, org, calendar)
    got = [(a.text, a.lead_unit) for a in record.actions]
    assert ("Hoàn thiện quy chuẩn nhà ở xã hội", "Bộ Xây dựng") in got
    assert ("Kiểm tra tiến độ các dự án đường cao tốc", "Bộ Xây dựng") in got


_DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 55/QĐ-TTg\nHà Nội, ngày 5 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Kiện toàn Tổ công tác về đo lường\n\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Kiện toàn Tổ công tác về đo lường, gồm các thành viên sau đây:\n"
    "1. Tổ trưởng: Bộ trưởng Bộ Khoa học và Công nghệ.\n2. Các thành viên:\n"
    "- Thứ trưởng Bộ Y tế;\n- Thứ trưởng Bộ Công Thương.\n"
    "Điều 2. Nhiệm vụ của Tổ công tác:\n1. Nghiên cứu, xây dựng Đề án đo lường quốc gia.\n"
    "2. Rà soát quy chuẩn đo lường.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n"
)


def test_a_decision_setting_up_a_body_gives_it_its_duties_and_its_members_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        ("Nghiên cứu, xây dựng Đề án đo lường quốc gia", "Tổ công tác"),
        ("Rà soát quy chuẩn đo lường", "Tổ công tác"),
    ]


def test_a_cited_decision_s_issuer_ends_where_what_the_decision_does_begins() -> None:
    text = (
        "Quyết định này thay thế Quyết định số 1480/QĐ-TTg ngày 03 tháng 7 năm 2025 của "
        "Thủ tướng Chính phủ kiện toàn Tổ công tác về đo lường."
    )
    found = find_references(text, fold_keep(text), "55/QĐ-TTg", 2026)
    assert [(r.number, r.issuer) for r in found] == [("1480/QĐ-TTg", "Thủ tướng Chính phủ")]


def test_what_a_body_answers_for_in_brackets_in_a_cell_is_no_body_of_its_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "PHỤ LỤC\n\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n"
        "| 1 | Rà soát quy chuẩn đo lường | Cục Đo lường (đối với các nội dung kỹ thuật) "
        "| Sở Y tế, Sở Xây dựng (theo chức năng, nhiệm vụ được giao) |\n",
        org,
        calendar,
    )
    last = record.actions[-1]
    assert (last.lead_unit, last.coordinating_units) == ("Cục Đo lường", ["Sở Y tế", "Sở Xây dựng"])


def test_a_justified_cell_that_sets_a_word_a_line_still_opens_the_bodies() -> None:
    row = ["1", "Kiểm tra cân tại chợ đầu mối.", "Các", "sở", "ở", "Trung ương,"]
    got = rebuild_pdf_tables([*_HEADER, *row, "Ủy ban nhân", "dân cấp tỉnh", "Quý IV/2026"])
    assert got[1] == (
        "| 1 | Kiểm tra cân tại chợ đầu mối. | Các sở ở Trung ương, Ủy ban nhân dân cấp tỉnh "
        "|  | Quý IV/2026 |"
    )
