"""A numbered item opening with a short topic that ends on its first line ("3. Về bồi dưỡng
nghiệp vụ: Sở Tư pháp có trách nhiệm ...") keeps the topic in its action's text: the topic is
no body's label (README: a topic "Về kho VLNCN:" is no such label, the text stays as written);
a topic that wraps over the line break before its colon ("2. Về ... / ...: Bộ X ...") still
stays out."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                                           Độc lập - Tự do - Hạnh phúc\n"
    "     Số: 77/QĐ-UBND                  Quảng Trị, ngày 12 tháng 3 năm 2026\n"
    "                              QUYẾT ĐỊNH\n"
    "   Ban hành Quy chế vận hành cổng dịch vụ công của tỉnh\n"
    "        ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
    "        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    "                              QUYẾT ĐỊNH:\n"
    "  Điều 1. Ban hành kèm theo Quyết định này Quy chế vận hành cổng dịch vụ công.\n"
    "  Điều 2. Tổ chức thực hiện\n"
    "1. Về bồi dưỡng nghiệp vụ: Sở Tư pháp\n"
    "có trách nhiệm mở các lớp bồi dưỡng cho cán bộ một cửa của các xã, phường trên\n"
    "địa bàn tỉnh.\n"
    "2. Về kinh phí duy trì hệ thống cổng dịch vụ công của tỉnh trong\n"
    "các năm tiếp theo: Sở Tài chính bố trí kinh phí hằng năm theo quy định.\n"
)


def test_a_topic_on_the_first_line_stays_in_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    texts = [a.text for a in actions]
    assert texts[0].startswith("Về bồi dưỡng nghiệp vụ: Sở Tư pháp có trách nhiệm mở")
    assert actions[0].lead_unit == "Sở Tư pháp"
    assert texts[1].startswith("Sở Tài chính bố trí kinh phí")
