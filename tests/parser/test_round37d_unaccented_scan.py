"""Round 37d: a scan whose OCR lost every diacritic ("QUYET DINH", "Nghi dinh so ...", "ngdy
02 thdng 10 nam 2026").

- the date's words an OCR misread ("ngdy", "thdng" for "ngày", "tháng") before a day's or a
  month's number are read as those words: the place and date of the header, each cited
  document's date and the issuer after it;
- the letter's type and each cited document's kind are as written, without diacritics
  ("QUYET DINH", "nghi dinh"), as the README's labels copy every string.
"""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UY BAN NHAN DAN
TINH BINH AN
CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc
So: 3628/QD-UBND
Binh An, ngdy 02 thdng 10 nam 2026
QUYET DINH
Ban hanh Quy dinh chuc nang, nhiem vu cua So Cong Thuong
UY BAN NHAN DAN TINH BINH AN
Can cu Nghi dinh so 150/2025/ND-CP ngdy 12/6/2025 cua Chinh phu quy dinh to chuc cac co quan;
Can cu Thong tu so 37/2025/TT-BCT ngdy 14 thdng 6 nam 2025 cua Bo truong Bo Cong Thuong;
QUYET DINH:
Dieu 1. Giam doc So Cong Thuong co trach nhiem xay dung Quy che lam viec cua So.
Dieu 2. Quyet dinh co hieu luc thi hanh ke tu ngay ky.
Noi nhan:
- Bo Cong Thuong;
- Luu: VT.
TM. UY BAN NHAN DAN
CHU TICH
Nguyen Van A
"""


def test_the_header_read_through_the_ocr(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.document_type == "QUYET DINH"
    assert (record.place, record.issued_on) == ("Binh An", date(2026, 10, 2))


def test_the_citations_read_through_the_ocr(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(r.type, r.issuer, r.issued_on) for r in record.references] == [
        ("nghi dinh", "Chinh phu", date(2025, 6, 12)),
        ("thong tu", "Bo truong Bo Cong Thuong", date(2025, 6, 14)),
    ]


def test_a_head_after_the_grounds_clause(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """ "Can cu quy dinh nay, Giam doc So Cong Thuong co trach nhiem ...": the subject after an
    opening clause may be the body's head, its title before the body (read on the folded text,
    so without diacritics as well)."""
    letter = _LETTER.replace("Dieu 1. Giam doc So", "Dieu 1. Can cu quy dinh nay, Giam doc So")
    record = parse_text(letter, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["So Cong Thuong"]
    assert record.actions[0].text.startswith("Can cu quy dinh nay, Giam doc So Cong Thuong")
