"""Round 48 (batch 183): a PDF that draws its "Kính gửi" list after the body (a text box read in
drawing order) has the list put back under its bare "Kính gửi:" line, so the letter keeps its
recipients and its body no false items; and an issuer's last words "Sở X đề nghị A, B ... và
yêu cầu C triển khai thực hiện./." are a closing formula, the issuer named first or not."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.pdf_order import addressees_home

_HEAD = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 8700/SNNMT-CNTY Gia Lai, ngày 05 tháng 8 năm 2026
V/v phòng, chống bệnh dại trên địa bàn tỉnh

Kính gửi:


Thực hiện chỉ đạo của UBND tỉnh, Sở Nông nghiệp và Môi trường đề nghị các cơ quan triển khai
một số nội dung sau:
1. Đề nghị Công an tỉnh
- Chỉ đạo lực lượng chức năng kiểm tra việc vận chuyển chó, mèo qua địa bàn.
2. Giao Chi cục Chăn nuôi và Thú y
- Tổ chức tiêm phòng bệnh dại cho đàn chó, mèo trong tháng 9 năm 2026.
- Công an tỉnh;
- Ủy ban nhân dân các xã, phường.
"""
_REST = """
Sở Nông nghiệp và Môi trường đề nghị Công an tỉnh, Ủy ban nhân dân các xã, phường quan tâm,
phối hợp triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, CNTY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Đoàn Ngọc Có
"""


def test_the_list_drawn_last_goes_back_under_kinh_gui() -> None:
    lines = addressees_home(_HEAD).split("\n")
    at = lines.index("Kính gửi:")
    assert lines[at + 1 : at + 3] == ["- Công an tỉnh;", "- Ủy ban nhân dân các xã, phường."]
    assert lines[-2] == "- Tổ chức tiêm phòng bệnh dại cho đàn chó, mèo trong tháng 9 năm 2026."


def test_a_list_in_place_and_a_body_list_are_left_alone() -> None:
    placed = _HEAD.replace("Kính gửi:\n", "Kính gửi:\n- Công an tỉnh;\n- Sở Y tế.\n", 1)
    assert addressees_home(placed) == placed
    body = _HEAD.replace("- Ủy ban nhân dân các xã, phường.", "- Ủy ban nhân dân các xã;")
    assert addressees_home(body) == body


def test_recipients_kept_and_the_closing_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(addressees_home(_HEAD) + _REST, org, calendar)
    assert parsed.recipients == ["Công an tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert [a.lead_unit for a in parsed.actions] == ["Công an tỉnh", "Chi cục Chăn nuôi và Thú y"]
