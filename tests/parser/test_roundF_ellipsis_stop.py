"""Round F (batch 232): a task ending in an ellipsis and then the sentence's full stop ("...,
nông nghiệp sạch....") keeps its ellipsis as written, as one without the stop does."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 52/KH-UBND Kon Tum, ngày 18 tháng 4 năm 2025

KẾ HOẠCH
Hỗ trợ phát triển nông nghiệp năm 2025

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao thu nhập của người dân.
II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường
- Hướng dẫn các mô hình sản xuất như: cây trồng hữu cơ, nông nghiệp sạch....
- Chủ trì kiểm tra việc thực hiện Kế hoạch.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Dũng
"""


def test_an_ellipsis_before_the_full_stop_is_kept(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    assert actions[0].text.endswith("cây trồng hữu cơ, nông nghiệp sạch...")
