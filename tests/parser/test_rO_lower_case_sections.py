"""A paragraph that opens with how often ("Hằng năm,") and then names its doer in lower case
("bộ phận Văn hóa - Xã hội có trách nhiệm ..."): the doer after the comma is its subject, the
paragraph its task; and a section so named after "phối hợp với" is a partner (batch-235/04's
families)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 37/KH-UBND\nAn Phú, ngày 10 tháng 3 năm 2025\n"
    "KẾ HOẠCH\nThực hiện công tác hòa giải ở cơ sở năm 2025\n\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Bộ phận Tư pháp tham mưu UBND xã kiện toàn các tổ hòa giải ở thôn.\n"
    "2. Chế độ báo cáo:\n"
    "Hằng năm, bộ phận Văn hóa - Xã hội có trách nhiệm tổng hợp kết quả tuyên truyền về hòa"
    " giải gửi UBND xã.\n"
    "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Tâm\n"
)


def test_a_yearly_paragraph_names_its_lower_case_doer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions][-1] == "bộ phận Văn hóa - Xã hội"


def test_a_section_named_in_lower_case_is_a_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "phối hợp với bộ phận Địa chính - Xây dựng": a ward's section, named by its capitals
    letter = LETTER.replace(
        "1. Bộ phận Tư pháp tham mưu UBND xã kiện toàn các tổ hòa giải ở thôn.",
        "1. Bộ phận Tư pháp phối hợp với bộ phận Địa chính - Xây dựng tham mưu UBND xã kiện toàn"
        " các tổ hòa giải ở thôn.",
    )
    record = parse_text(letter, org, calendar)
    assert record.actions[0].coordinating_units == ["bộ phận Địa chính - Xây dựng"]
