"""Round 22: a decision delegating powers "Ủy quyền Giám đốc Sở X thực hiện ..., cụ thể:"
(no "cho") lists the powers it hands down, no tasks, and binds the delegate in a later article
("Điều 3. Giám đốc Sở X:") whose items are its side duties, except a right it is given
("Được sử dụng con dấu ..."): round 21 knew the delegate only after "Ủy quyền cho", so the
items of the article headed by the director's title named no body and were all dropped."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 2750/QĐ-UBND

Ninh Bình, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc ủy quyền thực hiện nhiệm vụ trong lĩnh vực thủy sản

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ trong lĩnh vực thủy
sản, cụ thể:

1. Cấp, thu hồi Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản.

2. Chỉ định cơ sở kiểm nghiệm thủy sản phục vụ quản lý nhà nước.

Điều 2. Thời gian ủy quyền: Kể từ ngày ký đến hết ngày 31/12/2026.

Điều 3. Giám đốc Sở Nông nghiệp và Môi trường:

1. Tham mưu sửa đổi trình tự, thủ tục thực hiện các nhiệm vụ được ủy quyền tại Điều 1.

2. Định kỳ hằng năm báo cáo kết quả thực hiện các nội dung được ủy quyền.

3. Được sử dụng con dấu của Sở trong quá trình thực hiện nhiệm vụ được ủy quyền.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu
trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

CHỦ TỊCH
Lê Văn Hòa
"""


def test_the_delegate_does_its_side_duties_not_the_powers_or_its_rights(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        (
            "Sở Nông nghiệp và Môi trường",
            "Tham mưu sửa đổi trình tự, thủ tục thực hiện các nhiệm vụ được ủy quyền tại Điều 1",
        ),
        (
            "Sở Nông nghiệp và Môi trường",
            "Định kỳ hằng năm báo cáo kết quả thực hiện các nội dung được ủy quyền",
        ),
    ]
