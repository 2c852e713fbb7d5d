"""A licence ("GIẤY PHÉP", code GP) is a kind of its own: a people's committee's water-use
permit (batch 212) was read as a decision from its "QUYẾT ĐỊNH:" line, its title's rest lost
as the subject. The kind's line gives the kind and the rest of the line the subject."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.header_words import type_from_number
from tests.parser.signed import signed

_PERMIT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 31/GP-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 12 tháng 6 năm 2024
GIẤY PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tài nguyên nước ngày 21/6/2012;
Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 88/TTr-STNMT
ngày 03/6/2024,
QUYẾT ĐỊNH:
Điều 1. Cho phép Công ty TNHH Chế biến thủy sản Sa Kỳ xả nước thải vào nguồn nước.
Điều 2. Công ty TNHH Chế biến thủy sản Sa Kỳ có trách nhiệm lắp đặt thiết bị quan trắc tự
động nước thải trước ngày 31/12/2024.
"""


def test_a_permit_is_its_own_kind(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_PERMIT + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert got.document_type == "GIẤY PHÉP"
    assert got.number == "31/GP-UBND"
    assert got.subject == "XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC"
    assert type_from_number("25/GP-BTNMT") == "GIẤY PHÉP"


def test_a_licensee_named_with_its_trades_leads_its_duties(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (212/01: "Công ty ... Cấp thoát nước và Xây dựng Quảng Ngãi chỉ được phép ...": its
    # "Xây dựng" a word of its name, the heading over the items the licensee must meet)
    duties = """Điều 2. Công ty Cổ phần Cấp thoát nước và Xây dựng Sa Kỳ chỉ được phép xả nước
thải theo nội dung quy định tại Điều 1 của Giấy phép này nếu bảo đảm các yêu cầu sau đây:
1. Lắp đặt thiết bị quan trắc tự động nước thải.
2. Lập sổ theo dõi lưu lượng nước thải hằng ngày.
"""
    text = _PERMIT.split("Điều 1.")[0] + "Điều 1. Cho phép xả nước thải.\n" + duties
    got = parse_text(text + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert [a.lead_unit for a in got.actions] == [
        "Công ty Cổ phần Cấp thoát nước và Xây dựng Sa Kỳ"
    ] * 2
