"""Round 37g: a scan's letterhead that lost all its accents, the capital I of "TỈNH" read as a
lower-case l ("UY BAN NHAN DAN" / "TlNH BINH AN"), is the issuer's name as written, in sentence
case with the area's proper name capitalised ("Uy ban nhan dan tlnh Binh An"); a letterhead that
kept some accents ("UY BAN NHAN DAN" / "TỈNH BÌNH AN") is written with them as before."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_BODY = """
So: 3600 /QD-UBND

Binh An, ngay 02 thang 10 nam 2026

QUYET DINH
Ban hanh Quy dinh chuc nang, nhiem vu cua So Cong Thuong

Dieu 1. Ban hanh kem theo Quyet dinh nay Quy dinh chuc nang, nhiem vu cua So Cong Thuong.
Dieu 2. Quyet dinh co hieu luc thi hanh ke tu ngay ky ban hanh.
"""


def test_letterhead_without_accents_is_the_issuer_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text("UY BAN NHAN DAN\nTlNH BINH AN\n" + _BODY, org, calendar)
    assert record.issuer == "Uy ban nhan dan tlnh Binh An"


def test_letterhead_with_some_accents_is_written_with_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text("UY BAN NHAN DAN\nTỈNH BÌNH AN\n" + _BODY, org, calendar)
    assert record.issuer == "Ủy ban nhân dân tỉnh Bình An"
