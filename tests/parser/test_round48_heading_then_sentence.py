"""Round 48 (batch 182): on a page cut at a fixed width, a numbered heading that names bodies
whole and stops short of its line's end ("3. Các tổ chức chủ công trình hồ chứa trên địa bàn
tỉnh", "5. Đề nghị Ủy ban nhân dân các xã, phường") is not run on into the sentence under it
when that sentence opens on its own lead verb or purpose ("Yêu cầu các tổ chức ...", "Để
thống nhất ..."): the heading's bodies lead, the sentence is the task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 8700/SNNMT-TL
V/v vận hành hồ chứa mùa mưa năm 2026
Gia Lai, ngày 05 tháng 8 năm 2026

Kính gửi: Các cơ quan, đơn vị có tên dưới đây

Nhằm bảo đảm an toàn các hồ chứa trong mùa mưa năm 2026, Sở Nông nghiệp và Môi trường đề
nghị các cơ quan, đơn vị tổ chức thực hiện một số nội dung chính sau:
1. Các tổ chức chủ công trình hồ chứa, đập dâng trên địa bàn tỉnh
Yêu cầu các tổ chức, đơn vị là chủ quản lý, vận hành đập, hồ chứa thủy lợi tổ chức vận hành
theo đúng quy trình được phê duyệt; thường xuyên kiểm tra, bảo dưỡng thiết bị quan trắc.
2. Đề nghị Ủy ban nhân dân các xã, phường
Để kịp thời ứng phó với mưa lũ, Sở Nông nghiệp và Môi trường kính đề nghị Ủy ban nhân dân các
xã, phường chỉ đạo lực lượng tại chỗ theo dõi tình hình hạ du các hồ chứa trên địa bàn.
Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, TL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Vũ Ngọc An
"""


def test_a_sentence_of_its_own_under_a_named_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    texts = [a.text[:30] for a in actions]
    assert "Yêu cầu các tổ chức, đơn vị là" in texts
    first = actions[texts.index("Yêu cầu các tổ chức, đơn vị là")]
    assert not first.text.startswith("Các tổ chức chủ")
    assert all("Để kịp thời" not in (a.lead_unit or "") for a in actions)
    assert any(a.lead_unit == "Ủy ban nhân dân các xã, phường" for a in actions)


_ITEMS = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 120/KH-SNNMT
Gia Lai, ngày 06 tháng 8 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên cây trồng năm 2026

III. TỔ CHỨC THỰC HIỆN
1. Đề nghị Ủy ban nhân dân các xã, phường
a) Chỉ đạo công chức phụ trách nông nghiệp theo dõi tình hình dịch bệnh trên địa bàn.
b) Kịp thời phản ánh những khó khăn, vướng mắc phát sinh để Sở Nông nghiệp và Môi trường hướng
dẫn hoặc tổng hợp, báo cáo cấp có thẩm quyền xem xét giải quyết.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC

Cao Thanh Thương
"""


def test_an_item_that_only_says_where_difficulties_go_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_ITEMS, org, calendar).actions]
    assert [t[:30] for t in texts] == ["Chỉ đạo công chức phụ trách nô"]
