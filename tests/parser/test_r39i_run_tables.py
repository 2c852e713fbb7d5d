"""A plan's task table on a page of text runs (an ebook's export, one run a line): each cell
opens on a line of its own and its wrap is indented, a row opens with its number alone on a
line ("1", "II" over a group), an empty cell is simply missing, and a task's cell may hold
"-" items. The table is put back as Markdown rows, each row's cells under their columns by
where its time cell stands, so each row naming a lead is read as a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.run_tables import with_tables
from directives.parser.shreds import reflowed

_FRONT = (
    '---\nso_hieu: "QD 77.2023 KE HOACH"\nten: "QD 77.2023 KE HOACH"\nsource: "EBOOK"\n---\n\n'
    "# QD 77.2023 KE HOACH\n\n"
)

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC HẢI
  QUAN
___________
Số: 77/QĐ-TCHQ
CỘNG HÒA
  XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
____________
Hà Nội,
  ngày 10 tháng 3 năm 2023
QUYẾT
ĐỊNH
BAN HÀNH
KẾ HOẠCH TRIỂN KHAI THỦ TỤC HẢI QUAN SỐ
TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN
Căn
cứ Luật Hải quan ngày 23
tháng
6 năm 2014;
Căn
cứ Quyết định số 65/2015/QĐ-TTg ngày 17
tháng
12 năm 2015 của Thủ tướng Chính phủ quy định
chức năng,
nhiệm vụ, quyền hạn
và
cơ cấu tổ chức của Tổng cục Hải quan;
Theo đề
nghị của Cục trưởng
Cục Công nghệ thông tin
và
thống kê
hải quan.
QUYẾT
ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định
này kế hoạch triển khai
thủ tục
hải quan số.
Điều
2.
Quyết định
này có hiệu lực
kể từ ngày ký. Thủ trưởng
các
đơn vị thuộc Tổng cục Hải quan
chịu trách nhiệm
thi hành
Quyết định
này./.
Nơi nhận:
-
  Như Điều 2;
-
  Lưu: VT, CNTT.
TỔNG CỤC
  TRƯỞNG
Lê Văn Minh
KẾ HOẠCH
TRIỂN KHAI THỦ TỤC HẢI QUAN SỐ
(Kèm theo Quyết định số 77/QĐ-TCHQ
ngày 10/3/2023 của Tổng cục Hải quan)
"""

_TABLE = """STT
Nội dung
  công việc
Sản phẩm
Thời gian
  thực hiện
Đơn vị
  chủ trì
Đơn vị
  phối hợp
Ghi chú
I
CƠ QUAN
  TỔNG CỤC
1
Xây
  dựng quy chế vận hành hệ thống
  khai báo điện tử
Quy chế
Tháng 3/2023
Cục Công nghệ
  thông tin và thống kê hải quan
Vụ Pháp chế
2
Thông
  báo cho các doanh nghiệp:
-
  Đăng ký tài khoản khai báo
-
  Cập nhật phần mềm khai báo
Từ tháng
  5/2023 đến tháng 6/2023
Cục Giám sát
  quản lý về hải quan
3
Tập
  huấn cho công chức hải quan
Hội nghị
  tập huấn
Trước
  30/6/2023
Cục Giám sát
  quản lý về hải quan
Tổng cục sẽ thông báo lịch tập
  huấn cho từng đơn vị theo từng đợt
"""


def _page() -> str:
    return _FRONT + _HEAD + _TABLE


def test_the_table_is_written_back_as_markdown_rows() -> None:
    lines = reflowed(_page()).splitlines()
    rows = [line for line in lines if line.startswith("|")]
    assert rows[0] == (
        "| STT | Nội dung công việc | Sản phẩm | Thời gian thực hiện | Đơn vị chủ trì "
        "| Đơn vị phối hợp | Ghi chú |"
    )
    assert rows[1] == (
        "| 1 | Xây dựng quy chế vận hành hệ thống khai báo điện tử | Quy chế | Tháng 3/2023 "
        "| Cục Công nghệ thông tin và thống kê hải quan | Vụ Pháp chế |  |"
    )
    assert len(rows) == 4  # the group's row ("I" / "CƠ QUAN TỔNG CỤC") is no task's


def test_a_missing_cell_is_placed_by_the_time_cell() -> None:
    rows = [line for line in reflowed(_page()).splitlines() if line.startswith("|")]
    # no product: the time cell still under "Thời gian", the lead under "Đơn vị chủ trì"
    assert rows[2] == (
        "| 2 | Thông báo cho các doanh nghiệp: - Đăng ký tài khoản khai báo - Cập nhật phần "
        "mềm khai báo |  | Từ tháng 5/2023 đến tháng 6/2023 | Cục Giám sát quản lý về hải "
        "quan |  |  |"
    )
    # no partner: a note written as a sentence stays under "Ghi chú"
    cells = [c.strip() for c in rows[3].strip("|").split("|")]
    assert cells[4:] == [
        "Cục Giám sát quản lý về hải quan",
        "",
        "Tổng cục sẽ thông báo lịch tập huấn cho từng đơn vị theo từng đợt",
    ]


def test_the_prose_before_the_table_is_reflowed_as_before() -> None:
    lines = reflowed(_page()).splitlines()
    assert "Số: 77/QĐ-TCHQ" in lines
    assert "Lê Văn Minh" in lines
    above = lines[lines.index(next(x for x in lines if x.startswith("| STT"))) - 2]
    assert above.endswith(
        "(Kèm theo Quyết định số 77/QĐ-TCHQ ngày 10/3/2023 của Tổng cục Hải quan)"
    )


def test_cells_past_the_headers_columns_end_the_table() -> None:
    runs = [*_TABLE.splitlines(), "Một", "  đoạn văn sau bảng", "Hai", "Ba"]
    parts = with_tables(runs)
    assert [table for table, _ in parts] == [True, False]
    assert parts[1][1][0] == "Hai"  # the last row full (its number and six cells): text again


def test_runs_without_a_task_header_are_no_table() -> None:
    runs = ["TT", "Họ và tên", "Chức vụ", "1", "Nguyễn Văn A", "Chuyên viên"]
    assert with_tables(runs) == [(False, runs)]


def test_each_row_naming_a_lead_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_page(), org, calendar)
    texts = [a.text for a in record.actions]
    assert texts[0] == "Xây dựng quy chế vận hành hệ thống khai báo điện tử"
    assert texts[1].startswith("Thông báo cho các doanh nghiệp: - Đăng ký tài khoản")
    assert len(record.actions) == 3
    assert str(record.actions[0].deadline) == "2023-03-31"
    assert str(record.actions[1].deadline) == "2023-06-30"
