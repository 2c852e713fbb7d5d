"""Round 35b: the header's left column and the signature block.

- The parent body broken after a word, its last word alone on the next line ("UBND TỈNH
  QUẢNG" / "NGÃI" / "BAN QUẢN LÝ DỰ ÁN"): the lone word ends the name above, the parent
  reads as the unbroken line does, not as the lone word.
- A capacity mark ("TM. TỔ CHỨC") in a form the annex prints far below the signature is
  no capacity of the signer: the signer's block ("GIÁM ĐỐC" / the name) has none.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """|
{parent}
**BAN QUẢN LÝ CÁC DỰ ÁN ĐẦU TƯ XÂY DỰNG**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
217/QĐ-BQLDA
|
*Quảng Ngãi, ngày 04
tháng 3 năm 2025*
|

**QUYẾT ĐỊNH**

VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH LỰA CHỌN NHÀ THẦU GÓI THẦU XÂY LẮP
CÔNG TRÌNH KÈ CHỐNG SẠT LỞ BỜ SÔNG

**GIÁM ĐỐC BAN QUẢN LÝ CÁC DỰ ÁN ĐẦU TƯ XÂY DỰNG**

*Căn cứ Luật Đấu thầu ngày 23/6/2023;*

**QUYẾT ĐỊNH:**

**Điều 1.** Phê duyệt kế hoạch lựa chọn nhà thầu gói thầu xây lắp.

**Điều 2.** Phòng Kế hoạch, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi
hành Quyết định này./.

|
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
|
**GIÁM ĐỐC**
**Đỗ Minh Khôi**
|
"""

_FORM = """
**PHỤ LỤC**

MẪU ĐƠN ĐỀ NGHỊ

(1) ..., ngày ... tháng ... năm ...

Tổ chức đề nghị cung cấp các thông tin sau đây.

|
|
**TM. TỔ CHỨC **(3)
*(Chữ ký, dấu*)
|

(1) Địa danh nơi có trụ sở của tổ chức.

(2) Cơ quan nhận đơn.

(3) Tổ chức đề nghị.
"""


_QUANG_NGAI = "Ủy ban nhân dân tỉnh Quảng Ngãi"


@pytest.mark.parametrize(
    ("parent", "expected"),
    [
        ("UBND TỈNH QUẢNG NGÃI", _QUANG_NGAI),
        ("UBND TỈNH QUẢNG\nNGÃI", _QUANG_NGAI),
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG\nNGÃI", _QUANG_NGAI),
        ("UBND TỈNH BÌNH\nPHƯỚC", "Ủy ban nhân dân tỉnh Bình Phước"),  # (a word ending in a stop)
    ],
    ids=["one-line", "last-word-alone", "written-out-last-word-alone", "stop-final-word-alone"],
)
def test_parent_broken_before_its_last_word(
    parent: str, expected: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD.format(parent=parent), org, calendar)
    assert record.parent_issuer == expected
    assert record.issuer == "Ban Quản lý các dự án đầu tư xây dựng"


def test_capacity_in_an_annex_form_is_not_the_signers(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _HEAD.format(parent="UBND TỈNH QUẢNG NGÃI") + _FORM
    signer = parse_text(letter, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == (None, "GIÁM ĐỐC", "Đỗ Minh Khôi")


def test_capacity_in_the_signers_block_still_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = (_HEAD.format(parent="UBND TỈNH QUẢNG NGÃI") + _FORM).replace(
        "**GIÁM ĐỐC**\n**Đỗ", "**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n**Đỗ"
    )
    signer = parse_text(letter, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title) == ("KT.", "PHÓ GIÁM ĐỐC")
