"""Round 35k: in a regulation's follow-up chapter, a numbered clause headed by persons, not a
body ("2. Cán bộ, công chức", "3. Trách nhiệm của văn thư", "2. Người có thẩm quyền ..., công
chức ... có trách nhiệm:", "3. Trách nhiệm của công chứng viên, nhân viên nghiệp vụ ..."),
lists the duties of persons: its items are no tasks (examples/blind/README.md), while the
clauses of the same article headed by a body ("1. Thủ trưởng các cơ quan, đơn vị", "1.
Trách nhiệm của Hội X") keep theirs."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import ha_giang_decision

_DECISION = (
    ha_giang_decision(
        "22/2025/QĐ-UBND",
        "BAN HÀNH QUY CHẾ QUẢN LÝ PHẦN MỀM HỒ SƠ CÔNG VIỆC TRÊN ĐỊA BÀN TỈNH HÀ GIANG",
        "Ban hành kèm theo Quyết định này Quy chế quản lý phần mềm hồ sơ công việc.",
        (
            "Chánh Văn phòng Ủy ban nhân dân Tỉnh; Giám đốc các Sở, ban, ngành Tỉnh; Chủ tịch Ủy\n"
            "ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./."
        ),
    )
    + """
QUY CHẾ

QUẢN LÝ PHẦN MỀM HỒ SƠ CÔNG VIỆC TRÊN ĐỊA BÀN TỈNH HÀ GIANG
(Kèm theo Quyết định số 22/2025/QĐ-UBND ngày 04 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh
Hà Giang)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định về quản lý phần mềm hồ sơ công việc.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm của các cơ quan, đơn vị

1. Thủ trưởng các cơ quan, đơn vị

a) Chỉ đạo triển khai, tổ chức thực hiện Quy chế này;

b) Phân công cán bộ phụ trách quản lý phần mềm của đơn vị.

2. Cán bộ, công chức

a) Sử dụng phần mềm để xử lý công việc thường xuyên;

b) Bàn giao lại tài khoản trước khi nghỉ việc.

3. Trách nhiệm của văn thư

a) Thực hiện đăng ký văn bản đến, văn bản đi trên phần mềm.

Điều 10. Trách nhiệm của Ủy ban nhân dân cấp xã

1. Ủy ban nhân dân cấp xã có trách nhiệm cập nhật dữ liệu vào phần mềm.

2. Người có thẩm quyền ký văn bản, công chức được phân công cập nhật dữ liệu có trách
nhiệm:

a) Cập nhật thông tin vào phần mềm;

b) Tham dự các lớp tập huấn khi được phân công.

Điều 11. Trách nhiệm của Hội Tin học tỉnh và cá nhân có liên quan

1. Trách nhiệm của Hội Tin học tỉnh

a) Hướng dẫn các hội viên thực hiện Quy chế này.

2. Trách nhiệm của chuyên viên, nhân viên nghiệp vụ của các đơn vị

a) Cập nhật, sửa và xóa các thông tin trên phần mềm.

b) Tham dự đầy đủ các khóa tập huấn.
"""
)


def test_clauses_headed_by_persons_give_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    got = [(a.text[:30], a.lead_unit) for a in record.actions]
    assert got == [
        ("Chỉ đạo triển khai, tổ chức th", "các cơ quan, đơn vị"),
        ("Phân công cán bộ phụ trách quả", "các cơ quan, đơn vị"),
        ("Ủy ban nhân dân cấp xã có trác", "Ủy ban nhân dân cấp xã"),
        ("Hướng dẫn các hội viên thực hi", "Hội Tin học tỉnh"),
    ]
