"""Round 14 (b): a plan's task table whose header a page kept as a Markdown row while its
rows came one cell a line (a last title spilled under the rule, sub-rows "a)" under a
group's title, a row a page break cut with no header repeated), on synthetic snippets; and
the quarters such a table's time column lists."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import ParsedDirective

HEAD = (
    "| BỘ Y TẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
    "| --- | --- |\n"
    "| Số: 812/QĐ-BYT | *Hà Nội, ngày 12 tháng 3 năm 2026* |\n"
    "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI LUẬT DƯỢC\n"
    "BỘ TRƯỞNG BỘ Y TẾ\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Luật Dược.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    "| *Nơi nhận:* - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG  THỨ TRƯỞNG     Trần Văn Nam |\n"
    "| --- | --- |\n"
)
APPENDIX = (
    "PHỤ LỤC\nNHIỆM VỤ TRIỂN KHAI LUẬT DƯỢC\n"
    "*(Kèm theo Quyết định số: 812/QĐ-BYT ngày 12 tháng 3 năm 2026 của Bộ Y tế)*\n"
    "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n"
    "| --- | --- | --- | --- |\n"
    "Thời gian thực hiện\n"
    "1\n"
    "Phổ biến, tuyên truyền Luật\n"
    "a)\n"
    "Tổ chức hội nghị phổ biến Luật đến các cơ sở khám bệnh, chữa bệnh trên cả nước.\n"
    "Cục Quản lý Dược\n"
    "Vụ Truyền thông; các cơ quan, đơn vị có liên quan\n"
    "Quý II, III/2026\n"
    "b)\n"
    "Biên soạn tài liệu hướng dẫn thực hiện Luật cho cán bộ quản lý dược ở địa phương\n"
    "Viện Kiểm nghiệm thuốc Trung ương, Cục\n"
    "Vụ Kế hoạch - Tài chính\n"
    "Quý IV/2026, 2027\n"
    "và cơ sở.\n"
    "Quản lý Dược\n"
    "2\n"
    "Kiểm tra việc thi hành Luật tại các cơ sở kinh doanh dược.\n"
    "Cục Quản lý Dược; Sở Y tế các tỉnh\n"
    "Vụ Pháp chế và các đơn vị có liên quan\n"
    "Thường xuyên\n"
)


def _plan(org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(HEAD + "* *\n" + APPENDIX, org, calendar)


def test_a_markdown_header_over_cells_one_a_line_is_read_as_the_task_table(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = _plan(org, calendar).actions
    assert [a.text for a in actions] == [
        "Tổ chức hội nghị phổ biến Luật đến các cơ sở khám bệnh, chữa bệnh trên cả nước",
        "Biên soạn tài liệu hướng dẫn thực hiện Luật cho cán bộ quản lý dược ở địa phương và cơ sở",
        "Kiểm tra việc thi hành Luật tại các cơ sở kinh doanh dược",
    ]
    assert actions[0].lead_unit == "Cục Quản lý Dược"
    assert actions[0].coordinating_units == ["Vụ Truyền thông"]


def test_a_row_a_page_break_cut_goes_on_with_its_open_cells(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    row = _plan(org, calendar).actions[1]
    assert row.lead_unit == "Viện Kiểm nghiệm thuốc Trung ương"
    assert row.coordinating_units == ["Cục Quản lý Dược", "Vụ Kế hoạch - Tài chính"]


def test_which_provinces_bodies_stays_with_the_name_in_a_cell(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    row = _plan(org, calendar).actions[2]
    assert row.lead_unit == "Cục Quản lý Dược"
    assert row.coordinating_units == ["Sở Y tế các tỉnh", "Vụ Pháp chế"]


def test_a_list_of_quarters_is_due_at_the_last_and_a_later_year_at_its_end(
    calendar: WorkingCalendar,
) -> None:
    def due(cell: str) -> tuple[date | None, str, str] | None:
        found = find_deadline(cell, fold_keep(cell), date(2026, 3, 12), calendar, cell=True)
        return None if found is None else (found.deadline, found.kind.value, found.text)

    assert due("Quý II, III/2026") == (date(2026, 9, 30), "quarter", "Quý II, III/2026")
    assert due("Quý IV/2026, 2027") == (date(2027, 12, 31), "by", "Quý IV/2026, 2027")
    assert due("Quý III/2026") == (date(2026, 9, 30), "quarter", "Quý III/2026")


JOINED = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Quản lý và Giám sát có trách nhiệm theo dõi việc thực hiện Kế hoạch.\n"
    "PHỤ LỤC\nNHIỆM VỤ\n"
    "*(Kèm theo Quyết định số: 812/QĐ-BYT ngày 12 tháng 3 năm 2026 của Bộ Y tế)*\n"
    "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n"
    "| --- | --- | --- | --- |\n"
    "Thời gian thực hiện\n"
    "1\n"
    "Kiểm tra việc thi hành Luật tại các cơ sở kinh doanh dược.\n"
    "Cục Quản lý và Cục Giám sát\n"
    "Vụ Pháp chế\n"
    "Thường xuyên\n"
)


def test_a_body_the_letter_names_with_va_is_one_body_in_a_cell_with_its_kind_repeated(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(
        HEAD + "* *\nKẾ HOẠCH\nTRIỂN KHAI LUẬT DƯỢC\n"
        "*(Kèm theo Quyết định số: 812/QĐ-BYT ngày 12 tháng 3 năm 2026 của Bộ Y tế)*\n" + JOINED,
        org,
        calendar,
    ).actions
    row = actions[-1]
    assert row.lead_unit == "Cục Quản lý và Cục Giám sát"
    assert row.coordinating_units == ["Vụ Pháp chế"]
