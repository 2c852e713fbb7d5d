"""Round 33: a programme's annexes, each a task table a web page flattened into cells ("|"
lines). The first annex's table ends on its last cell's "|" and the next annex's title
("PHỤ LỤC II / DANH MỤC CÁC NHIỆM VỤ ...") follows with no blank line, then its own table
("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian thực hiện"). The
parser ran the first table on through the title and the second table's header, so the
second table's rows were read under the first's columns: its "Kết quả" (product) cell
became the lead ("Trình Quốc hội dự thảo Luật"), its partners and deadlines were lost. (The
title's wrapped line "CHƯƠNG TRÌNH PHÁT TRIỂN ..." over the tie "(Kèm theo Quyết định ...)"
is no programme attached after the signature: a word of the annex's title.) A table ends
where an annex's title begins; each table's columns are mapped by its own header, and a
results or products column ("Kết quả", "Sản phẩm") never leads. A "thời gian" cell "Tháng
12/2025" is due on the month's last day, "Năm 2025-2030" at the end of the range's last
year. A group's row numbered under a roman numeral ("III.1.2 | Nhóm các nền tảng ...", its
other cells empty) titles the rows under it and is no task. In a "chủ trì" cell "với các
..." after a body says what it leads on; "Bộ, ngành có liên quan" as a partner names none."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.mentions import MentionFinder
from directives.parser.table_units import coordinating_cell, lead_cell
from directives.parser.tables import table_rows

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2700/QĐ-TTg

Hà Nội, ngày 05 tháng 12 năm 2025

QUYẾT ĐỊNH
Phê duyệt Chương trình phát triển dữ liệu số

Điều 1. Phê duyệt Chương trình phát triển dữ liệu số với các nội dung sau:
I. TỔ CHỨC THỰC HIỆN
1. Bộ Khoa học và Công nghệ
- Làm đầu mối tổng hợp tình hình thực hiện Chương trình.
*(Chi tiết tại các Phụ lục kèm theo)*
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Quyết định này./.
|
Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
|
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Bình
|
**PHỤ LỤC I**
DANH MỤC CÁC CHỈ TIÊU
*(Kèm theo Quyết định số 2700/QĐ-TTg ngày 05 tháng 12 năm 2025 của Thủ tướng Chính phủ)*
|
**TT**
|
**Chỉ tiêu**
|
**Đơn vị**
|
**Kết quả**
|
**Cơ quan chủ trì
theo dõi, đánh giá**
|
|
1
|
Tỉ lệ hồ sơ được số hóa.
|
%
|
100%
|
Văn phòng Chính phủ
|
|
2
|
Tỉ lệ dữ liệu mở đúng chuẩn.
|
%
|
90%
|
Bộ Công an
|
{title}
DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN
CHƯƠNG TRÌNH PHÁT TRIỂN DỮ LIỆU SỐ
*(Kèm theo Quyết định số 2700/QĐ-TTg ngày 05 tháng 12 năm 2025 của Thủ tướng Chính phủ)*
|
**TT**
|
**Nhiệm vụ, giải
pháp**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Kết quả**
|
**Thời gian thực
hiện**
|
|
1
|
Nghiên cứu, xây dựng Luật Dữ liệu mở.
|
Bộ Khoa học và
Công nghệ
|
Bộ Công an, Bộ Tài
chính và các bộ, ngành khác có liên quan
|
Trình Quốc hội dự
thảo Luật
|
Tháng 12/2025
|
|
*I.1.2*
|
*Nhóm nhiệm vụ về kiến trúc
dữ liệu*
|
|
|
|
2
|
Xây dựng, cập nhật Khung kiến trúc dữ liệu cấp bộ, cấp tỉnh.
|
Các bộ, ngành, địa
phương
|
Bộ Khoa học và
Công nghệ
|
Các Khung kiến
trúc được cập nhật
|
Năm 2025-2030
|
|
"""

_TASKS = [
    (
        "Nghiên cứu, xây dựng Luật Dữ liệu mở",
        "Bộ Khoa học và Công nghệ",
        ["Bộ Công an", "Bộ Tài chính"],
        date(2025, 12, 31),
        "by",
        "Tháng 12/2025",
    ),
    (
        "Xây dựng, cập nhật Khung kiến trúc dữ liệu cấp bộ, cấp tỉnh",
        "Các bộ, ngành, địa phương",
        ["Bộ Khoa học và Công nghệ"],
        date(2030, 12, 31),
        "by",
        "Năm 2025-2030",
    ),
]


def _rows(title: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[object, ...]]:
    record = parse_text(_LETTER.format(title=title), org, calendar)
    return [
        (
            a.text,
            a.lead_unit,
            a.coordinating_units,
            a.deadline,
            a.deadline_kind,
            a.deadline_text,
        )
        for a in record.actions
    ]


def test_the_next_annexs_title_ends_a_flattened_table(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    rows = _rows("**PHỤ LỤC II**", org, calendar)
    # the first annex's targets, each led by its body, and the second's tasks, each read
    # under its own header: the lead, the partners and the time, not the product
    assert [r[:2] for r in rows[1:3]] == [
        ("Tỉ lệ hồ sơ được số hóa", "Văn phòng Chính phủ"),
        ("Tỉ lệ dữ liệu mở đúng chuẩn", "Bộ Công an"),
    ]
    assert rows[3:] == _TASKS


def test_an_annex_title_without_bold_marks_ends_it_too(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _rows("Phụ lục II", org, calendar)[3:] == _TASKS


def test_a_products_column_never_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # "Kết quả thực hiện" holds what the task delivers: with no lead column the task keeps the
    # lead it is given (here none), not the product's words
    rows = table_rows(
        [
            "| STT | Nhiệm vụ | Kết quả thực hiện | Thời gian hoàn thành |",
            "| 1 | Rà soát quy trình nội bộ | Quy trình được ban hành | Tháng 6/2026 |",
            "| 2 | Cập nhật dữ liệu | Sở Y tế báo cáo kết quả | Năm 2026 |",
        ],
        MentionFinder(org),
        None,
        date(2025, 12, 5),
        calendar,
    )
    assert [(r.text, r.lead, r.deadline and r.deadline.deadline) for r in rows] == [
        ("Rà soát quy trình nội bộ", None, date(2026, 6, 30)),
        ("Cập nhật dữ liệu", None, date(2026, 12, 31)),
    ]


def test_a_kind_of_organ_concerned_is_no_partner(org: OrgDirectory) -> None:
    # "Bộ, ngành có liên quan" in a "phối hợp" cell: kinds of body, none named (like "Sở, ban,
    # ngành có liên quan"), while a body named before them stays
    find = MentionFinder(org)
    assert coordinating_cell("Bộ, ngành có liên quan", find) == []
    assert [n for n, _ in coordinating_cell("Bộ Tài chính, Bộ, ngành có liên quan", find)] == [
        "Bộ Tài chính"
    ]


def test_what_a_lead_leads_on_is_no_body(org: OrgDirectory) -> None:
    # "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn ... áp dụng chung toàn quốc;
    # các bộ, ngành với các tiêu chuẩn ... nội ngành": "với" what each leads on, no body
    cell = (
        "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ"
        " thuật áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn, quy chuẩn,"
        " hướng dẫn kỹ thuật nội ngành"
    )
    assert [n for n, _ in lead_cell(cell, MentionFinder(org))] == [
        "Bộ Công an",
        "Bộ Khoa học và Công nghệ",
        "các bộ, ngành",
    ]
    # a body after "với" is one: "Sở Y tế với Sở Tài chính" lead together
    assert [n for n, _ in lead_cell("Sở Y tế với Sở Tài chính", MentionFinder(org))][:1] == [
        "Sở Y tế"
    ]
