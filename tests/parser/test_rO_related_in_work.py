"""A partner's label that names only "the related ones" and the work they relate to ("- Bộ
phận phối hợp: Các bộ phận, ngành có liên quan trong thực hiện các chỉ tiêu ...") names no
partner, like the same label that stops at "có liên quan" (batch-235/04's family)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 41/KH-UBND\nAn Phú, ngày 12 tháng 3 năm 2025\n"
    "KẾ HOẠCH\nXây dựng xã đạt chuẩn văn hóa năm 2025\n\n"
    "II. NHIỆM VỤ\n"
    "1. Rà soát các tiêu chí xã đạt chuẩn văn hóa\n"
    "- Bộ phận chủ trì: bộ phận Văn hóa - Xã hội.\n"
    "- Bộ phận phối hợp: Các bộ phận, ngành, đoàn thể có liên quan trong thực hiện các tiêu"
    " chí văn hóa.\n"
    "- Thời gian thực hiện: Quý 2 năm 2025.\n"
    "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Tâm\n"
)


def test_the_related_ones_and_their_work_name_no_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("bộ phận Văn hóa - Xã hội", [])
    ]
