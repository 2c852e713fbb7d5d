"""Round 22: a Prime Minister's decision setting up a board gives it, under "Điều 2. Nhiệm vụ,
quyền hạn của Ban Quản lý", a mandate ("1. Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy
định của pháp luật hiện hành."), no task, and one order to its head ("2. Trưởng ban Ban Quản
lý trình ..."), a task of the board: round 21 read the mandate as the task and, taking
"Trưởng ban Ban ..." for a body's name, gave the order no subject."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 2711/QĐ-TTg

Hà Nội, ngày 10 tháng 12 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Ban Quản lý Khu kinh tế Vân Phong

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Quản lý Khu kinh tế Vân Phong (sau đây gọi là Ban Quản lý) trực thuộc
Ủy ban nhân dân tỉnh Khánh Hòa.

Điều 2. Nhiệm vụ, quyền hạn của Ban Quản lý

1. Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.

2. Trưởng ban Ban Quản lý trình Ủy ban nhân dân tỉnh Khánh Hòa quy định cụ thể chức năng,
nhiệm vụ và cơ cấu tổ chức của Ban Quản lý.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Hồng Hà
"""


def test_the_mandate_is_no_task_and_the_order_to_the_head_is(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.text[:40] for a in actions] == ["Trưởng ban Ban Quản lý trình Ủy ban nhân"]
