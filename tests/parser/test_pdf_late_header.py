"""A PDF with bytes before its "%PDF-" header (batch 219/02: 22 bytes an upload tool left) is
a PDF: readers look for the header in the first 1024 bytes. It was refused as binary data,
and the whole plan was lost. A text that only mentions "%PDF-" stays a text. Its number, typed
with a stop after the serial ("3070. /KH-UBND"), is read as printed."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.errors import DocumentRejected
from directives.org import OrgDirectory
from directives.parser import parse_bytes, parse_text
from directives.parser.decode import decode_bytes
from tests.parser.corpus import make_pdf
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
THỊ XÃ BỈM SƠN
Số: 3071/UBND-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bỉm Sơn, ngày 12 tháng 9 năm 2025
V/v rà soát danh mục bí mật nhà nước
Kính gửi: Phòng Nội vụ
Ủy ban nhân dân thị xã đề nghị Phòng Nội vụ rà soát danh mục bí mật nhà nước, báo cáo
trước ngày 30/9/2025.
"""


def _pdf() -> bytes:
    return make_pdf(_LETTER + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))


def test_bytes_before_the_header_still_read_as_a_pdf(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    junk = bytes([0x75, 0xAB, 0x5A, 0x01, 0xAA, 0x69, 0x96, 0x27, 0x1A, 0xB6]) * 2 + b"\x00{"
    got = parse_bytes(junk + _pdf(), "ke-hoach.pdf", org, calendar)
    assert got.number == "3071/UBND-VP"
    assert [a.lead_unit for a in got.actions] == ["Phòng Nội vụ"]


def test_a_header_past_1024_bytes_is_no_pdf() -> None:
    with pytest.raises(DocumentRejected):
        decode_bytes(b"\x01" * 1100 + _pdf(), "late.pdf")


def test_a_text_that_mentions_the_header_stays_a_text() -> None:
    text = "Tệp đính kèm bắt đầu bằng %PDF-1.7 và được gửi qua hệ thống.\n".encode()
    assert decode_bytes(text, "ghi-chu.txt").text.startswith("Tệp đính kèm")


def test_a_stop_typed_after_the_serial_stays_in_the_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (219/02 printed "Số: 3070. /KH-UBND": the number was lost with its dot)
    text = _LETTER.replace("Số: 3071/UBND-VP", "Số: 3071. /UBND-VP")
    got = parse_text(text + signed("CHỦ TỊCH"), org, calendar)
    assert got.number == "3071./UBND-VP"
