"""Round 25a: a Government resolution's article that has a minister sign on the Government's
behalf ("Điều 2. Giao Bộ trưởng Bộ Công an thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính
phủ ký Tờ trình ..., trình Ủy ban Thường vụ Quốc hội") is that ministry's task: the subject ends
at "thừa ủy quyền" / "thay mặt", where the body begins to act. The parser found no subject and
passed the article over."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
Số: 120/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 4 năm 2026

NGHỊ QUYẾT
Phiên họp chuyên đề về xây dựng pháp luật

CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Thông qua dự án Pháp lệnh Phòng cháy.
Điều 2. Giao Bộ trưởng Bộ Tư pháp thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ
trình của Chính phủ về dự án Pháp lệnh Phòng cháy, trình Ủy ban Thường vụ Quốc hội.
Điều 3. Bộ trưởng Bộ Tư pháp chịu trách nhiệm thi hành Nghị quyết này./.

Nơi nhận:
- Lưu: VT.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn D
"""


def test_the_minister_signing_on_behalf_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Tư pháp"]


def test_the_article_paragraph_on_the_same_body_is_the_same_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    more = "Bộ Tư pháp chịu trách nhiệm toàn diện về nội dung; chuẩn bị đầy đủ hồ sơ, tài liệu."
    letter = _RESOLUTION.replace("Quốc hội.\nĐiều 3.", f"Quốc hội.\n{more}\nĐiều 3.")
    actions = parse_text(letter, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Tư pháp"]
    assert actions[0].text.endswith("chuẩn bị đầy đủ hồ sơ, tài liệu")
