""" "Sở A; Sở B: Phối hợp ...", "Sở A; Sở B có trách nhiệm: kiến nghị ...": an item's run-in
label naming its bodies by a semicolon list (and the duty's words before the colon) is out of the
task's text, as "Vụ X: thực hiện ..." is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

HEAD = (
    "BỘ Y TẾ\nSố: 15/QĐ-BYT\nHà Nội, ngày 3 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch\n\nKẾ HOẠCH\nkiểm tra năm 2025\n\nII. NỘI DUNG\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nLê Văn Bình\n"


def test_a_run_in_label_listing_bodies_by_semicolons_is_out_of_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "1. Kiểm tra văn bản\n"
        "1.1. Sở Y tế; Trung tâm Kiểm soát bệnh tật các tỉnh, thành phố trực thuộc Trung "
        "ương: Phối hợp với Sở Tư pháp kiểm tra các văn bản do mình tham mưu.\n"
        "1.2. Sở Y tế; Trung tâm Kiểm soát bệnh tật các tỉnh, thành phố trực thuộc Trung "
        "ương có trách nhiệm: kiến nghị xử lý kịp thời các văn bản trái pháp luật.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Sở Y tế", "Phối hợp với Sở Tư pháp kiểm tra các văn bản do mình tham mưu"),
        ("Sở Y tế", "kiến nghị xử lý kịp thời các văn bản trái pháp luật"),
    ]
