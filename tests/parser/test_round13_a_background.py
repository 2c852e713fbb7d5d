"""Round 13a: what the letter tells of as done is background, not a task, even when the
actor is an enterprise and what it did was to ask for something ("Doanh nghiệp có liên
quan đã nhiều lần có văn bản ... đề nghị hướng dẫn ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 512/UBND-KT
Hà Giang, ngày 04 tháng 3 năm 2026
V/v kiến nghị tháo gỡ vướng mắc trong cấp phép vận chuyển hàng nguy hiểm

Kính gửi: Bộ Xây dựng

Ủy ban nhân dân tỉnh Hà Giang báo cáo và đề nghị Bộ Xây dựng nội dung như sau:
1. Khó khăn, vướng mắc
Thứ nhất, các trung tâm đăng kiểm trên địa bàn chưa được hướng dẫn kiểm tra điều kiện
an toàn đối với phương tiện chở hàng nguy hiểm.
Thứ hai, doanh nghiệp vận tải có liên quan đã nhiều lần có văn bản gửi các cơ quan có
thẩm quyền đề nghị hướng dẫn nhưng vẫn chưa được giải quyết.
2. Kiến nghị
Ủy ban nhân dân tỉnh Hà Giang trân trọng đề nghị Bộ Xây dựng:
(i). Chỉ đạo Cục Đăng kiểm Việt Nam sớm ban hành văn bản hướng dẫn kiểm tra điều kiện an toàn.
(ii). Nghiên cứu sửa đổi quy chuẩn kỹ thuật có liên quan.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def test_an_enterprise_told_of_as_having_asked_is_given_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Xây dựng", "Bộ Xây dựng"]
