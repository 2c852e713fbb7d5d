"""Round 27b: the line without a dash under the "Lưu" entry that gives the copies and the
kind ("08 KH", "16 QĐ") or the typist's filing mark ("Tungnt.QĐ/T11/2025", "TĐ_QĐCB/2025")
belongs to that entry ("Lưu: VT, CT. 08 KH", README). The parser dropped it: the count and
code read as a line in capitals, the mark as the end of the list."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter

_BODY = "Đề nghị Sở Xây dựng rà soát các công trình nhà ở xã hội trên địa bàn tỉnh."


@pytest.mark.parametrize("mark", ["08 KH", "16 QĐ", "Tungnt.QĐ/T11/2025", "TĐ_QĐCB/2025"])
def test_the_mark_under_the_kept_entry(
    mark: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = letter(
        _BODY,
        issuer="ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ",
        number="714/UBND-KT",
        distribution=f"- Như trên;\n- Sở Tài chính;\n- Lưu: VT, CT.\n{mark}",
        signer="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
    )
    assert parse_text(text, org, calendar).distribution == [
        "Như trên",
        "Sở Tài chính",
        f"Lưu: VT, CT. {mark}",
    ]


def test_the_capacity_under_the_kept_entry_stays_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = letter(
        _BODY,
        issuer="ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ",
        distribution="- Như trên;\n- Lưu: VT, CT.\nTL.",
        signer="CHỦ TỊCH\nNguyễn Văn A",
    )
    assert parse_text(text, org, calendar).distribution == ["Như trên", "Lưu: VT, CT"]


def test_the_typists_code_keeps_its_digit(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """ "- Lưu: VT, Hcc3.": the digit is the code's, no footnote glued to a word."""
    text = letter(
        _BODY,
        issuer="ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ",
        distribution="- Như trên;\n- Lưu: VT, Hcc3.",
        signer="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
    )
    assert parse_text(text, org, calendar).distribution == ["Như trên", "Lưu: VT, Hcc3"]
