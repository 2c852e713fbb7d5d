"""Round 30: a ministry asks the departments of one kind across the provinces, named in the
plural ("Bộ Xây dựng đề nghị các Sở Xây dựng chuẩn bị ...", "... các Sở Thông tin và Truyền
thông chuẩn bị ..."): the lead is the plural as written, "các" kept, whatever verb follows
the name. The parser dropped "các" when the name holds "và" (read as a list sharing "Sở"),
and, when the verb after the name was none it knew ("chuẩn bị"), cut the name at its first
lower-case word ("các Sở Xây") and gave the ministry speaking as the lead. A list that
shares the organ's word ("Giao các Sở Xây dựng, Tài nguyên và Môi trường ...") is still
expanded, one body each."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 310/BXD-VP
V/v tổng kết công tác năm
Hà Nội, ngày 12 tháng 11 năm 2025

Kính gửi: {kind} các tỉnh, thành phố trực thuộc Trung ương.

Để chuẩn bị tổng kết công tác năm 2025, {speaker} đề nghị các {kind} chuẩn bị báo cáo tổng kết
tình hình hoạt động năm 2025, gửi về {speaker} trước ngày 05/12/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG
Trần Văn B
"""


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Bộ Xây dựng", "Sở Xây dựng"),
        ("Bộ Y tế", "Sở Y tế"),
        ("Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
    ],
)
def test_the_plural_of_one_kind_leads_as_written(
    speaker: str, kind: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.format(speaker=speaker, kind=kind)
    actions = parse_text(letter, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [(f"các {kind}", [])]


_SHARED = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 410/UBND-XD
V/v khảo sát địa điểm
Bắc Ninh, ngày 12 tháng 3 năm 2026

Kính gửi: Ủy ban nhân dân huyện Từ Sơn.

Giao các Sở Xây dựng, Tài nguyên và Môi trường theo chức năng hướng dẫn Ủy ban nhân dân huyện
Từ Sơn hoàn thiện hồ sơ trước ngày 30/4/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Trần Văn B
"""


def test_a_shared_prefix_list_is_still_expanded(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_SHARED, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units[:1]) for a in actions] == [
        ("Sở Xây dựng", ["Sở Tài nguyên và Môi trường"])
    ]
