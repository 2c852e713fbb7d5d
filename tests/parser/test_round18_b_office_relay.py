"""Round 18b: a city office's letter passing on its vice-chairman's orders: its last words
("Văn phòng ... truyền đạt ý kiến chỉ đạo của Phó Chủ tịch ... để các cơ quan, đơn vị liên quan
tổ chức thực hiện./.") give no task, and the note in brackets under the list's "Lưu" entry
("(Đính kèm ...)") is no part of it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2210/VP-KT
V/v quyết toán dự án hoàn thành

Khánh Hòa, ngày 5 tháng 6 năm 2015

Kính gửi: Sở Tài chính.

Thực hiện Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ, Phó Chủ tịch Ủy ban nhân dân tỉnh có ý
kiến chỉ đạo như sau:

Giao Sở Tài chính rà soát các dự án hoàn thành chưa quyết toán, báo cáo Ủy ban nhân dân tỉnh.

Văn phòng Ủy ban nhân dân tỉnh truyền đạt ý kiến chỉ đạo của Phó Chủ tịch Ủy ban nhân dân tỉnh
để các cơ quan, đơn vị liên quan tổ chức thực hiện./.

Nơi nhận:
- Như trên;
- VPUB: CVP;
- Lưu: VT, (KT/TH).15
(Đính kèm CT số 27/CT-TTg)

KT. CHÁNH VĂN PHÒNG
PHÓ VĂN PHÒNG
Trần Văn Hải
"""


def test_the_office_passing_on_the_orders_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Tài chính"]


def test_a_note_in_brackets_under_the_kept_entry_is_no_part_of_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.distribution == ["Như trên", "VPUB: CVP", "Lưu: VT, (KT/TH).15"]
