"""The place keeps the dash its own line writes ("Hòa Sơn - Kim Lộc, ngày ..."), though the
subject under it writes the province's name with another dash ("tỉnh Hòa Sơn – Kim Lộc"):
the place is read where the date stands, beside the number, before the subject."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN - KIM LỘC\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 214 /QĐ-UBND Hòa Sơn - Kim Lộc, ngày 17 tháng 02 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Phê duyệt quy trình tiếp nhận hồ sơ đất đai của tỉnh Hòa Sơn – Kim Lộc\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA SƠN - KIM LỘC\n"
    "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n\n"
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Giao Sở Nông nghiệp và Môi trường tổ chức thực hiện quy trình tiếp nhận hồ sơ.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Văn Phúc\n"
)


def test_the_place_keeps_the_dash_of_its_own_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.place == "Hòa Sơn - Kim Lộc"
    assert record.subject is not None and record.subject.endswith("Hòa Sơn – Kim Lộc")
