"""A scan's OCR that lost its diacritics reads "hướng dẫn" as "hudng dan" ("ướ" as "ud", as it
reads "ngày" as "ngdy"): the cited circular's issuer ends before it as before "huong dan"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.ocr_words import reread

LETTER = (
    "UY BAN NHAN DAN\nTINH BINH PHU\n\nSo: 77/QD-UBND\nBinh Phu, ngdy 03 thdng 4 nam 2026\n\n"
    "QUYET DINH\nVe viec ban hanh Quy che phoi hop quan ly cho tren dia ban tinh\n\n"
    "UY BAN NHAN DAN TINH BINH PHU\n\n"
    "Can cu Thong tu so 12/2024/TT-BCT ngdy 20/5/2024 cua Bo trudng Bo Cong Thuong hudng dan"
    " quan ly cho;\n"
    "Theo de nghi cua Giam doc So Cong Thuong.\n\nQUYET DINH:\n\n"
    "Dieu 1. Ban hanh kem theo Quyet dinh nay Quy che phoi hop quan ly cho.\n"
    "Dieu 2. Quyet dinh nay co hieu luc ke tu ngay ky.\n\n"
    "Noi nhan:\n- Nhu Dieu 2;\n- Luu: VT.\n\nTM. UY BAN NHAN DAN\nCHU TICH\n\nTran Van Nam\n"
)


def test_a_cited_issuer_ends_before_an_ocr_read_guides(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [(r.number, r.issuer) for r in record.references] == [
        ("12/2024/TT-BCT", "Bo trudng Bo Cong Thuong")
    ]


def test_only_before_dan_and_one_character_for_one() -> None:
    assert reread("bo cong thuong hudng dan quan ly") == "bo cong thuong huong dan quan ly"
    assert reread("hudng nam") == "hudng nam"
