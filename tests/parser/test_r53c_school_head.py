"""Round 53c (batch 211/01): a school's letterhead in capitals, under its department named on
two lines ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "TỈNH ĐỒNG NAI" / "TRƯỜNG THCS LÊ QUÝ ĐÔN").

The school's name after its kind's letters (THPT, THCS ...) is a person's or a place's, each
word capitalised ("Trường THCS Lê Quý Đôn", not "Trường THCS lê quý đôn"); the department and
the province on the next line are one body, the school's parent ("Sở Giáo dục và Đào tạo tỉnh
Đồng Nai", not the province alone)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.names import org_display
from tests.parser.signed import signed

_LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH ĐỒNG NAI
TRƯỜNG THCS LÊ QUÝ ĐÔN
Số: 45/KH-THCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Biên Hòa, ngày 02 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2025-2026
I. TỔ CHỨC THỰC HIỆN
1. Đoàn trường: Chuẩn bị sân bãi, dụng cụ thi đấu.
""" + signed("HIỆU TRƯỞNG", "Phạm Thị Lan")


def test_the_school_and_its_department(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_LETTER, org, calendar)
    assert got.issuer == "Trường THCS Lê Quý Đôn"
    assert got.parent_issuer == "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"


def test_a_school_names_qualifier_and_area_stay_lower() -> None:
    assert org_display("TRƯỜNG THPT CHUYÊN HÙNG VƯƠNG") == "Trường THPT chuyên Hùng Vương"
    assert org_display("TRƯỜNG PTDTNT TỈNH LÀO CAI") == "Trường PTDTNT tỉnh Lào Cai"
    assert org_display("TRƯỜNG THCS VÀ THPT BÌNH AN") == "Trường THCS và THPT Bình An"
