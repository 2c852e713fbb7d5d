"""Round 41f: the header as the letter writes it.

A decision's authority line wrapped after its first word ("TỔNG" / "CỤC TRƯỞNG TỔNG CỤC
THUẾ") stops a title in capitals as the whole line does: the stray "TỔNG" is no last word of
the title (147/01). A body whose letterhead is in capitals and whose letter names it again and
again in one mixed case ("Kho bạc Nhà nước", never "Kho bạc nhà nước") is the issuer as the
letter writes it (154/02); a name written once or twice so stays in sentence case."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_DECISION = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 183/QĐ-TCT\n\nHà Nội, ngày 07 tháng 02 năm 2024\n\n"
    "QUYẾT ĐỊNH\nBAN\nHÀNH KẾ HOẠCH TUYÊN TRUYỀN PHÁP LUẬT NĂM 2024 CỦA TỔNG CỤC\nTHUẾ\n"
    "TỔNG\nCỤC TRƯỞNG TỔNG CỤC THUẾ\n"
    "Căn cứ Luật Quản lý thuế;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền pháp luật năm 2024.\n"
) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")


def test_authority_wrapped_stops_the_title(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert record.subject == "BAN HÀNH KẾ HOẠCH TUYÊN TRUYỀN PHÁP LUẬT NĂM 2024 CỦA TỔNG CỤC THUẾ"


def _letter(times: int) -> str:
    named = " ".join(["Kho bạc Nhà nước hướng dẫn thêm."] * times)
    return (
        "BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\n\nSố: 3200/KBNN-KTNN\n\n"
        "Hà Nội, ngày 10 tháng 12 năm 2015\n\nKính gửi: KBNN các tỉnh, thành phố\n\n"
        f"{named}\n\nĐề nghị KBNN các tỉnh, thành phố tổ chức thực hiện.\n"
    ) + signed("KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC")


def test_issuer_as_the_letter_names_it(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert parse_text(_letter(3), org, calendar).issuer == "Kho bạc Nhà nước"
    assert parse_text(_letter(1), org, calendar).issuer == "Kho bạc nhà nước"
