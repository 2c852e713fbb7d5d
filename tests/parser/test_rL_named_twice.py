"""A letterhead in capitals whose body the letter names twice in one mixed case ("Trung tâm Dữ
liệu và Công nghệ Y tế") takes that case when only the name's own words past its kind differ
from the sentence case; a people's committee written "Ủy ban Nhân dân" twice keeps the case of
its kind (made-up letters no corpus holds)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_CENTRE = (
    "SỞ Y TẾ TỈNH BÌNH PHÚ\nTRUNG TÂM DỮ LIỆU\nVÀ CÔNG NGHỆ Y TẾ\n"
    "Số: 33/TTDL-KT\nBình Phú, ngày 2 tháng 6 năm 2025\nV/v cập nhật phần mềm\n\n"
    "Kính gửi: Các bệnh viện trong tỉnh.\n\n"
    "Căn cứ chức năng, nhiệm vụ của Trung tâm Dữ liệu và Công nghệ Y tế, đề nghị các bệnh "
    "viện cập nhật phần mềm quản lý hồ sơ trước ngày 30/6/2025.\n"
    "Mọi vướng mắc xin liên hệ Trung tâm Dữ liệu và Công nghệ Y tế để được hỗ trợ.\n"
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhan Văn Tâm\n"
)
_COMMITTEE = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 71/UBND-KT\nBình Phú, ngày 2 tháng 6 năm 2025\n"
    "V/v cập nhật phần mềm\n\nKính gửi: Sở Y tế.\n\n"
    "Theo chỉ đạo của Ủy ban Nhân dân tỉnh Bình Phú, đề nghị Sở Y tế cập nhật phần mềm quản "
    "lý hồ sơ trước ngày 30/6/2025 và báo cáo Ủy ban Nhân dân tỉnh Bình Phú.\n"
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng\n"
)


def test_a_centre_named_twice_takes_the_case_of_its_own_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_CENTRE, org, calendar).issuer == "Trung tâm Dữ liệu và Công nghệ Y tế"


def test_a_committee_named_twice_keeps_the_case_of_its_kind(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_COMMITTEE, org, calendar).issuer == "Ủy ban nhân dân tỉnh Bình Phú"
