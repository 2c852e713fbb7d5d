"""Round 52d (batch 202): a school's letterhead under its parent university.

"TRƯỜNG ĐẠI HỌC" / "KINH TẾ": a school's kind alone on a line is no name; the school's own
name on the next line goes on with it, one body. Its parent's name in capitals keeps its
abbreviations as written ("TP. HCM"), and a school's name after its kind is capitalised as
schools are written ("Đại học Quốc gia ...", "Trường Đại học Kinh tế")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.names import org_display
from tests.parser.signed import signed

_LETTER = """ĐẠI HỌC QUỐC GIA TP. HCM
TRƯỜNG ĐẠI HỌC
KINH TẾ
Số: 12/TB-ĐHKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2024
THÔNG BÁO
Về việc đăng ký học phần học kỳ 2
Phòng Đào tạo đề nghị các khoa thông báo cho sinh viên đăng ký học phần trước ngày 20/3/2024.
"""


def test_a_schools_name_wrapped_under_its_kind(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTER + signed("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"), org, calendar)
    assert (got.parent_issuer, got.issuer) == ("Đại học Quốc gia TP. HCM", "Trường Đại học Kinh tế")


def test_abbreviations_kept_places_put_in_sentence_case() -> None:
    assert org_display("SỞ GDĐT TỈNH ĐỒNG THÁP") == "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"
    assert org_display("ỦY BAN NHÂN DÂN TỈNH KON TUM") == "Ủy ban nhân dân tỉnh Kon Tum"
    assert org_display("VĂN PHÒNG HĐND&UBND") == "Văn phòng HĐND&UBND"
