"""Round 25b: a Government resolution whose Điều 2 hands a minister's tasks by title, "Giao
Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình
...; (ii) ...": one action led by the ministry. The parser read the body after "Giao Bộ
trưởng" as no lead and gave no task. A paragraph of the article after it that gives the same
ministry more of that work ("Bộ Tài chính chịu trách nhiệm toàn diện ...; chuẩn bị ...") is
the same action, while one after an approval ("Điều 1. Thông qua ... / Bộ Tài chính chủ trì
...") is an action of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
Số: 380/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 11 năm 2025

NGHỊ QUYẾT
Về dự thảo Nghị quyết của Quốc hội sửa đổi Nghị quyết số 98/2023/QH15

CHÍNH PHỦ
Xét đề nghị của Bộ trưởng Bộ Tài chính tại Tờ trình số 850/TTr-BTC ngày 17 tháng 11 năm 2025;

QUYẾT NGHỊ:
Điều 1. Thông qua nội dung dự thảo Nghị quyết của Quốc hội sửa đổi Nghị quyết số 98/2023/QH15.
Bộ Tài chính chủ trì tiếp thu ý kiến của các Thành viên Chính phủ để hoàn thiện dự thảo.
Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ
ký Tờ trình của Chính phủ, trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 10; (ii) Căn cứ ý
kiến của cơ quan có thẩm quyền để hoàn thiện hồ sơ dự thảo Nghị quyết theo quy định.
Bộ Tài chính chịu trách nhiệm toàn diện về nội dung dự thảo; chuẩn bị đầy đủ hồ sơ gửi Quốc hội
theo quy định.
Điều 3. Bộ trưởng Bộ Tài chính và Thủ trưởng cơ quan có liên quan chịu trách nhiệm thi hành
Nghị quyết này./.

Nơi nhận:
- Các đồng chí Thành viên Chính phủ;
- Lưu: VT, QHĐP.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Văn C
"""


def test_the_minister_handed_the_article_leads_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [(a.lead_unit, a.text[:40]) for a in actions] == [
        ("Bộ Tài chính", "Bộ Tài chính chủ trì tiếp thu ý kiến của"),
        ("Bộ Tài chính", "Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy"),
    ]
    assert actions[1].text.endswith(
        "theo quy định. Bộ Tài chính chịu trách nhiệm toàn diện về nội dung dự thảo; chuẩn bị "
        "đầy đủ hồ sơ gửi Quốc hội theo quy định"
    )
