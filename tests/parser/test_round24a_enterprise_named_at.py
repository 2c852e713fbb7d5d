"""Round 24a: a Government resolution names the enterprises it tasks by the article that
describes them ("Doanh nghiệp thực hiện dự án casino quy định tại Điều 3 Nghị quyết này có
trách nhiệm ..."): the qualifier up to "quy định tại Điều 3 Nghị quyết này", its own verb
"thực hiện" included, belongs to the name. The parser cut the name at that verb."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
Số: 88/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 4 năm 2026

NGHỊ QUYẾT
Về việc thí điểm cho người Việt Nam vào chơi tại điểm kinh doanh trò chơi điện tử

CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Cho phép thí điểm người Việt Nam vào chơi tại điểm kinh doanh trò chơi điện tử.
Điều 2. Tổ chức thực hiện
Doanh nghiệp thực hiện dự án trò chơi điện tử quy định tại Điều 1 Nghị quyết này có trách nhiệm tổ
chức kinh doanh, quản lý người chơi chặt chẽ, tuân thủ các quy định của pháp luật.
Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký./.

Nơi nhận:
- Lưu: VT.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn D
"""


def test_the_enterprises_named_by_the_article_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Doanh nghiệp thực hiện dự án trò chơi điện tử quy định tại Điều 1 Nghị quyết này"
    ]
