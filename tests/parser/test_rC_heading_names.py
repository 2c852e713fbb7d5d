"""Round C (batch 220/04): a numbered heading of names alone, wrapped after its comma, the
second a body under its head's title ("1. Giám đốc Sở Tài chính," / "Chủ tịch Ủy ban nhân dân
cấp xã:"): both bodies share the items, the first leading, the other, which the finder does not
know, coordinating; and "Ban hành Thông báo đến ... biết" is a task (a notice issued), not the
closing formula "thông báo để ... biết"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 12/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 05 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc tiếp nhận hồ sơ không phụ thuộc địa giới hành chính
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;
QUYẾT ĐỊNH:
Điều 1. Tổ chức thực hiện
1. Giám đốc Sở Tư pháp,
Chủ tịch Ủy ban nhân dân cấp xã:
a) Thường xuyên tuyên truyền cho người dân về việc nộp hồ sơ trực tuyến.
b) Báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh.
2. Sở Nội vụ, Ủy ban nhân dân các phường:
a) Rà soát quy trình nội bộ.
3. Giám đốc Sở Tư pháp:
a) Ban hành Thông báo đến cá nhân và tổ chức biết về các thủ tục được tiếp nhận.
b) Hướng dẫn nghiệp vụ cho công chức.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
Nơi nhận:
- Như Điều 1;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn An
"""


def test_the_names_heading_shares_its_items(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    units = [(a.lead_unit, a.coordinating_units) for a in actions[:3]]
    assert units == [
        ("Sở Tư pháp", ["Ủy ban nhân dân cấp xã"]),
        ("Sở Tư pháp", ["Ủy ban nhân dân cấp xã"]),
        ("Sở Nội vụ", ["Ủy ban nhân dân các phường"]),
    ]


def test_a_notice_issued_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.text[:17] for a in actions[3:]] == ["Ban hành Thông bá", "Hướng dẫn nghiệp "]
