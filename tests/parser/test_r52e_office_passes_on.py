"""Round 52e (batch 205): a ward office's letter passing on its chairman's directions.

Its last paragraph, "Văn phòng HĐND&UBND Phường truyền đạt ý kiến chỉ đạo trên đến đơn vị
biết, thực hiện.", is the office passing the orders on (with "đến" as with "để"), no task of
its own; the office's name keeps its bodies' letters joined by "&" ("Văn phòng HĐND&UBND");
and a cited plan's issuer ending the subject stops before "Kính gửi"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.names import org_display
from tests.parser.signed import signed

_LETTER = """UBND PHƯỜNG MỸ TRÀ
VĂN PHÒNG HĐND&UBND
Số: 2983/VPUBND-QLĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mỹ Trà, ngày 05 tháng 5 năm 2026
V/v triển khai Kế hoạch số 524/KH-UBND ngày 28/4/2026 của Ủy ban nhân dân tỉnh
Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị.

Xét đề nghị của Phòng Kinh tế, Hạ tầng và Đô thị, Chủ tịch Ủy ban nhân dân Phường có ý kiến
chỉ đạo như sau:
Giao Phòng Kinh tế, Hạ tầng và Đô thị nghiên cứu, tổ chức triển khai thực hiện Kế hoạch.

Văn phòng HĐND&UBND Phường truyền đạt ý kiến chỉ đạo trên đến đơn vị biết, thực hiện./.
"""


def test_the_office_passing_on_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_LETTER + signed("CHÁNH VĂN PHÒNG", "Hồ Văn Khoa"), org, calendar)
    assert [a.lead_unit for a in got.actions] == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert got.issuer == "Văn phòng HĐND&UBND"
    assert [(r.number, r.issuer) for r in got.references] == [
        ("524/KH-UBND", "Ủy ban nhân dân tỉnh")
    ]


def test_joined_letters_stay_but_a_fields_letters_are_written_out() -> None:
    assert org_display("VĂN PHÒNG HĐND&UBND") == "Văn phòng HĐND&UBND"
    assert org_display("SỞ GD&ĐT TỈNH BẾN TRE") == "Sở Giáo dục và Đào tạo tỉnh Bến Tre"
