"""Round 38h: a page whose crawl lost the letter's letterhead, opening at the title ("QUYẾT
ĐỊNH", "NGHỊ QUYẾT", "THÔNG BÁO") or at "Kính gửi:". The issuer is then the body the letter's
own words make act (README: "a header field is taken only from the letter's own text ..., the
body speaking in it"): the enacting formula of a decision's preamble ("Thủ tướng Chính phủ ban
hành Quyết định ...", or the body's name in capitals above its "Căn cứ" lines), the body that
opens a reply ("Cục Thuế nhận được Công văn số ..."), or the body whose closing formula
notifies ("Văn phòng Bộ thông báo để các cơ quan ... biết, thực hiện")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "Lê Văn Bình")


def _decision(preamble: str) -> str:
    return (
        "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ KHO LƯU TRỮ\n\n"
        "*Căn cứ Luật Lưu trữ số 33/2024/QH15;*\n\n"
        f"{preamble}\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho lưu trữ.\n\n"
        "Điều 2. Giao Sở Nội vụ các tỉnh tổ chức kiểm kê kho lưu trữ trước ngày 30/6/2026.\n\n"
        "Điều 3. Quyết định này có hiệu lực từ ngày ký./." + _SIGNED
    )


@pytest.mark.parametrize(
    ("preamble", "issuer"),
    [
        ("*Thủ tướng Chính phủ ban hành Quyết định quy chế.*", "Thủ tướng Chính phủ"),
        ("*Chính phủ ban hành Nghị quyết về việc ban hành quy chế.*", "Chính phủ"),
    ],
)
def test_the_enacting_formula_of_a_preamble_names_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar, preamble: str, issuer: str
) -> None:
    assert parse_text(_decision(preamble), org, calendar).issuer == issuer


def test_the_bodys_name_in_capitals_above_its_grounds_names_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _decision("QUYẾT ĐỊNH:").replace(
        "*Căn cứ Luật", "**ỦY BAN NHÂN DÂN TỈNH BÌNH AN**\n\n*Căn cứ Luật"
    )
    assert parse_text(page, org, calendar).issuer == "Ủy ban nhân dân tỉnh Bình An"


def test_a_body_cited_in_a_ground_is_not_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _decision("*Theo đề nghị của Bộ trưởng Bộ Nội vụ;*\n\nQUYẾT ĐỊNH:")
    assert parse_text(page, org, calendar).issuer is None


def test_the_body_that_opens_a_reply_is_its_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**Kính gửi:** Công ty TNHH Minh An.\n\n"
        "Cục Hải quan nhận được Công văn số 12/CV-MA của Công ty TNHH Minh An về thủ tục\n"
        "hải quan. Về vấn đề này, Cục Hải quan có ý kiến như sau:\n\n"
        "Đề nghị Công ty liên hệ với Chi cục Hải quan khu vực I để được hướng dẫn./." + _SIGNED
    )
    assert parse_text(page, org, calendar).issuer == "Cục Hải quan"


def test_the_body_whose_closing_formula_notifies_is_the_issuer_of_a_notice(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**THÔNG BÁO**\n\nKẾT LUẬN CỦA BỘ TRƯỞNG TẠI BUỔI LÀM VIỆC VỚI TỈNH BÌNH AN\n\n"
        "Ngày 10 tháng 11 năm 2025, Bộ trưởng Bộ Nội vụ đã làm việc với tỉnh Bình An. Sau khi\n"
        "nghe báo cáo, Bộ trưởng kết luận như sau:\n\n"
        "1. Sở Nội vụ tỉnh Bình An rà soát hồ sơ lưu trữ, hoàn thành trước ngày 30/12/2025.\n\n"
        "Văn phòng Bộ\nthông báo để các cơ quan, đơn vị liên quan biết, thực hiện./." + _SIGNED
    )
    assert parse_text(page, org, calendar).issuer == "Văn phòng Bộ"
