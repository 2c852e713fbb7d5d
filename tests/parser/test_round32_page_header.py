"""Round 32: a Government Office letter from a page that lost letters and glued lines. Its
number line lost the "ố" of "Số" ("S :3661/VPCP-KTN"), its two recipients stand on one line
glued at the join ("- Bộ Xây dựng;- Ủy ban nhân dân tỉnh Khánh Hòa."), its signer's name is
broken inside the first word ("N" / "guyễn Cao Lục"), and the proposer's name is a city's
whose place opens with "Đà" (folded "da", as "đã" is). The parser took the number line for
the issuer, the recipients for one, found no name, and cut the cited letter's issuer."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

S :4120/VPCP-KTN
V/v điều chỉnh quy hoạch chung thành phố Đà Nẵng.

Hà Nội, ngày 19 tháng 05 năm 2026

Kính gửi:

- Bộ Xây dựng;- Ủy ban nhân dân thành phố Đà Nẵng.

Xét đề nghị của Ủy ban nhân dân thành phố Đà Nẵng (văn bản số 2056/TTr-UBND ngày 30 tháng 3
năm 2026) trình Thủ tướng Chính phủ, Phó Thủ tướng Lê Văn A có ý kiến như sau:

Giao Bộ Xây dựng chủ trì làm rõ sự cần thiết điều chỉnh quy hoạch, báo cáo Thủ tướng Chính phủ.

Văn phòng Chính phủ thông báo để các cơ quan, tổ chức biết thực hiện./.


Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3b).

KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM
N
guyễn Văn Lục"""


def test_the_number_line_without_its_letter(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert (record.number, record.issuer, record.parent_issuer) == (
        "4120/VPCP-KTN",
        "Văn phòng Chính phủ",
        None,
    )


def test_two_recipients_glued(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.recipients == ["Bộ Xây dựng", "Ủy ban nhân dân thành phố Đà Nẵng"]


def test_the_name_broken_in_its_word(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert (signer.title, signer.name) == ("PHÓ CHỦ NHIỆM", "Nguyễn Văn Lục")


def test_the_proposer_in_da_nang(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    references = parse_text(_LETTER, org, calendar).references
    assert [(r.number, r.issuer) for r in references] == [
        ("2056/TTr-UBND", "Ủy ban nhân dân thành phố Đà Nẵng")
    ]
