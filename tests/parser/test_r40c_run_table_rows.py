"""A task table on a page of text runs (``run_tables``) whose task is shared by sub-rows: the
task's cell once, then each sub-row's product, lead, partners and time ("1 / Xây dựng ... /
Dự thảo ... / Văn phòng / Các đơn vị liên quan / Thường xuyên / Hồ sơ ... / Cục CNTT / ...").
Such a row, its cells after the task a whole number of sub-rows, is one Markdown row per
sub-row, each with the task; a line of a cell that opens in lower case ("khoản", "ngày") or
goes on from a cell cut at "tại" ("... quy định tại" / "Điều" / "  15 Nghị định ...") is more
of that cell; "-" items after a cell that does not end in ":" open a cell of their own (the
lead's: "- Cục CNTT: xây dựng ...;" / "- Cơ quan thuế các cấp: ..."), whose bodies are
the names before the colons; "Các Cục/Vụ/đơn vị chủ trì soạn thảo ..." is one group."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.run_tables import with_tables
from directives.parser.table_units import lead_cell

_TABLE = """STT
Nhiệm vụ
Sản phẩm đầu ra
Đơn vị chủ
  trì
Đơn vị phối
  hợp
Tiến độ hoàn
  thành
I
NHÓM CHỈ SỐ VỀ
  CÔNG KHAI MINH BẠCH
1
Xây dựng, trình Bộ ban hành Quyết định công bố
  thủ tục hành chính đúng quy định tại
Điều
  15 Nghị định số 63/2010/NĐ-CP
ngày
  08/6/2010 của Chính phủ.
Hồ sơ công bố thủ tục hành chính
Các Cục/Vụ/đơn vị chủ trì
  soạn thảo văn bản QPPL
Các Cục/Vụ/đơn vị liên quan
Thường xuyên
Dự thảo Quyết định công bố
  thủ tục hành chính
Văn phòng
Các Cục/Vụ/đơn vị chủ trì
  soạn thảo văn bản QPPL
Thường xuyên
2
Đồng bộ dữ liệu hồ sơ thủ tục hành chính lên Cổng thông tin điện tử.
Toàn bộ hồ sơ được đồng bộ theo thời gian thực.
- Cục CNTT: xây dựng,
  nâng cấp ứng dụng để đồng bộ dữ liệu;
- Cơ quan thuế các cấp: cập nhật,
  đồng bộ dữ liệu
Văn phòng và các
  Cục/Vụ/đơn vị liên quan
Từ tháng 8/2022 và các năm tiếp
  theo
3
Công khai thủ tục hành chính
Thủ tục được công khai đầy đủ theo
khoản 2 Điều 8 Nghị định
  số 63/2010/NĐ-CP
Văn phòng
Cục CNTT
Thường xuyên
"""


def _rows() -> list[list[str]]:
    parts = with_tables(_TABLE.splitlines())
    assert [table for table, _ in parts] == [True]
    return [[c.strip() for c in row.strip("|").split("|")] for row in parts[0][1][1:]]


def test_a_task_shared_by_sub_rows_is_one_row_each() -> None:
    rows = _rows()
    assert [row[0] for row in rows] == ["1", "1", "2", "3"]
    task = (
        "Xây dựng, trình Bộ ban hành Quyết định công bố thủ tục hành chính đúng quy định tại "
        "Điều 15 Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ."
    )
    assert rows[0] == [
        "1",
        task,
        "Hồ sơ công bố thủ tục hành chính",
        "Các Cục/Vụ/đơn vị chủ trì soạn thảo văn bản QPPL",
        "Các Cục/Vụ/đơn vị liên quan",
        "Thường xuyên",
    ]
    assert rows[1][1] == task
    assert rows[1][3] == "Văn phòng"


def test_items_after_a_full_cell_are_the_next_cell() -> None:
    rows = _rows()
    assert rows[2][2] == "Toàn bộ hồ sơ được đồng bộ theo thời gian thực."
    assert rows[2][3].startswith("- Cục CNTT: xây dựng, nâng cấp ứng dụng")
    assert "- Cơ quan thuế các cấp: cập nhật" in rows[2][3]
    assert rows[2][5] == "Từ tháng 8/2022 và các năm tiếp theo"


def test_a_line_in_lower_case_goes_on_in_its_cell() -> None:
    rows = _rows()
    assert rows[3][2] == (
        "Thủ tục được công khai đầy đủ theo khoản 2 Điều 8 Nghị định số 63/2010/NĐ-CP"
    )
    assert rows[3][3:] == ["Văn phòng", "Cục CNTT", "Thường xuyên"]


def test_a_lead_cell_of_kinds_and_of_bodies_with_their_parts(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    # the kinds of body a slash lists are one group, whose "chủ trì soạn thảo" says which
    assert [n for n, _ in lead_cell("Các Cục/Vụ/đơn vị chủ trì soạn thảo văn bản QPPL", find)] == [
        "Các Cục/Vụ/đơn vị chủ trì soạn thảo văn bản QPPL"
    ]
    # (two bodies a slash joins still lead jointly)
    assert [n for n, _ in lead_cell("Vụ Kế hoạch - Tài chính/ Ban Quản lý dự án", find)] == [
        "Vụ Kế hoạch - Tài chính",
        "Ban Quản lý dự án",
    ]
    # each item names a body before its part
    cell = "- Vụ TTHT: hướng dẫn quy trình số hóa; - Cục CNTT: xây dựng ứng dụng để số hóa;"
    assert [n for n, _ in lead_cell(cell, find)] == ["Vụ TTHT", "Cục CNTT"]
