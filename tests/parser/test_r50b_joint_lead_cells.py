"""Round 50b: a plan's task table whose lead cell names several bodies jointly ("Cơ quan
thuế các cấp, các Cục/Vụ/đơn vị thuộc Tổng cục Thuế thực hiện tiếp nhận và giải quyết TTHC
thực hiện"): a slashed group of organs after ", các" is a body of its own, the work after a
plural of units ("đơn vị ... thực hiện tiếp nhận ...") says which units and stays in its
name, while the cell's last "thực hiện" (with how: "thực hiện theo Thông báo số ...") is the
verb; an item with no colon in a lead cell of "-" items names its body before its verb
("- Cục CNTT xây dựng ứng dụng ..."). A task "Phối hợp với Bộ Công an để ..." names a
partner after the column's. A "phối hợp" cell of "-" items with no ";" between lists one
body an item. On a page of text runs, "-" items after a task's cell it does not introduce,
in a row one cell short with no time cell, are the product's cell."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.run_tables import with_tables
from directives.parser.table_units import coordinating_cell, lead_cell
from directives.parser.tables import table_rows


def _leads(cell: str, org: OrgDirectory) -> list[str]:
    return [name for name, _ in lead_cell(cell, MentionFinder(org))]


def _partners(cell: str, org: OrgDirectory) -> list[str]:
    return [name for name, _ in coordinating_cell(cell, MentionFinder(org))]


def test_joint_leads_keep_which_units(org: OrgDirectory) -> None:
    cell = (
        "Cơ quan thuế các cấp, các Cục/Vụ/đơn vị thuộc Tổng cục Hải quan thực hiện tiếp nhận"
        " và giải quyết TTHC thực hiện"
    )
    assert _leads(cell, org) == [
        "Cơ quan thuế các cấp",
        "các Cục/Vụ/đơn vị thuộc Tổng cục Hải quan thực hiện tiếp nhận và giải quyết TTHC",
    ]
    assert _leads("Các đơn vị thực hiện theo Thông báo số 12/TB-TCHQ ngày 2/3/2023", org) == [
        "Các đơn vị"
    ]
    # (a body then its clause still loses the clause)
    assert _leads("Sở Y tế, Sở Tài chính hướng dẫn các đơn vị thực hiện", org) == [
        "Sở Y tế",
        "Sở Tài chính",
    ]


def test_partner_items_one_body_each(org: OrgDirectory) -> None:
    assert _partners("- Cục CNTT - Vụ Pháp chế - Các đơn vị liên quan", org) == [
        "Cục CNTT",
        "Vụ Pháp chế",
    ]
    assert _partners("- Vụ Vật liệu; - Vụ Kế hoạch - Tài chính.", org) == [
        "Vụ Vật liệu",
        "Vụ Kế hoạch - Tài chính",
    ]


_TABLE = """STT
Nhiệm vụ
Sản phẩm đầu ra
Đơn vị chủ
  trì
Đơn vị phối
  hợp
Tiến độ hoàn
  thành
1
Thực hiện đánh giá sự hài
  lòng của người dân
- Hồ sơ tiếp nhận trực tiếp
  được đánh giá qua hệ thống
- Hồ sơ tiếp nhận qua Cổng
  được đánh giá trên Cổng
Vụ TTHT
- Cục CNTT
- Văn phòng
Theo hướng dẫn của Bộ Tài
  chính
"""


def test_items_after_a_task_are_the_product_in_a_row_one_short() -> None:
    parts = with_tables(_TABLE.splitlines())
    rows = [[c.strip() for c in r.strip("|").split("|")] for r in parts[0][1][1:]]
    assert rows[0][1] == "Thực hiện đánh giá sự hài lòng của người dân"
    assert rows[0][2].startswith("- Hồ sơ tiếp nhận trực tiếp")
    assert rows[0][3] == "Vụ TTHT"
    assert rows[0][4] == "- Cục CNTT - Văn phòng"
    assert rows[0][5] == "Theo hướng dẫn của Bộ Tài chính"


def test_a_task_to_work_with_a_body_names_a_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = table_rows(
        [
            "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |",
            "| 1 | Phối hợp với Bộ Công an để sử dụng dữ liệu dân cư | Sở Y tế | Sở Tư pháp |",
            "| 2 | Khảo sát, phối hợp với Bộ Công an | Sở Y tế | Sở Tư pháp |",
        ],
        MentionFinder(org),
        None,
        date(2025, 3, 3),
        calendar,
    )
    assert [r.coordinating for r in found] == [["Sở Tư pháp", "Bộ Công an"], ["Sở Tư pháp"]]


def test_an_item_with_no_colon_names_its_body_before_its_verb(org: OrgDirectory) -> None:
    cell = (
        "- Cục CNTT xây dựng ứng dụng CNTT khai thác, thống kê báo cáo - Cục Hải quan các"
        " tỉnh: thống kê; - Vụ Pháp chế: tổng hợp báo cáo;"
    )
    assert _leads(cell, org) == ["Cục CNTT", "Cục Hải quan các tỉnh", "Vụ Pháp chế"]
    assert _leads(
        "- Sở Y tế (khi có yêu cầu); - Cơ quan thuế các cấp công khai theo quy định", org
    ) == [
        "Sở Y tế",
        "Cơ quan thuế các cấp",
    ]
    # (a name ending on the work's word keeps it)
    assert _leads(
        "- Vụ Vật liệu xây dựng; - Ban Quản lý dự án đầu tư xây dựng công trình", org
    ) == [
        "Vụ Vật liệu xây dựng",
        "Ban Quản lý dự án đầu tư xây dựng công trình",
    ]
