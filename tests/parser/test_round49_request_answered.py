"""Round 49 (batch 180): a letter whose only paragraph answers a request ("Theo đề nghị của
Bộ X tại Công văn ..., Chủ tịch UBND tỉnh giao Sở Y chủ trì ...") hands the body work: the
request it answers is its ground, not a closing."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 512/UBND-KTTH
V/v góp ý dự thảo Quyết định
Quảng Ngãi, ngày 03 tháng 02 năm 2025

Kính gửi: Sở Tài chính

Theo đề nghị của Bộ Tài chính tại Công văn số 202/BTC-NSNN ngày 21/01/2025 về việc góp ý dự
thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg, Chủ tịch UBND tỉnh
giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham gia góp ý dự thảo văn bản
nêu trên; tổng hợp, báo cáo Bộ Tài chính theo quy định (trước ngày 10/02/2025).

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Phước Hiền
"""


def test_the_request_answered_is_the_ground_of_the_work_handed(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Tài chính"]
