"""Round 35b: a title in capitals whose last line, a bracket in capitals ("(NAY LÀ TỈNH
...)"), stands after a blank line: the bracket is the title's; an italic note in lower case
under the title is not."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """|
**HỘI ĐỒNG NHÂN DÂN**
TỈNH LAM SƠN
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
12/2025/NQ-HĐND
|
*Lam Sơn, ngày 09 tháng 12 năm 2025*
|

**NGHỊ QUYẾT**

SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT
SỐ 05/2021/NQ-HĐND NGÀY 10 THÁNG 7 NĂM 2021 CỦA HĐND HUYỆN ĐÔNG SƠN

{bracket}

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN**

**QUYẾT NGHỊ:**

**Điều 1.** Sửa đổi một số điều của Quy định.

**Điều 2.** Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
"""
_TITLE = (
    "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 05/2021/NQ-HĐND NGÀY 10"
    " THÁNG 7 NĂM 2021 CỦA HĐND HUYỆN ĐÔNG SƠN"
)


def test_capitals_bracket_after_a_blank_ends_the_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _RESOLUTION.format(bracket="(NAY LÀ XÃ ĐÔNG SƠN, TỈNH LAM SƠN)")
    subject = parse_text(letter, org, calendar).subject
    assert subject == _TITLE + " (NAY LÀ XÃ ĐÔNG SƠN, TỈNH LAM SƠN)"


def test_lower_case_bracket_under_a_title_is_not_its(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _RESOLUTION.format(bracket="*(ban hành kèm theo văn bản hợp nhất)*")
    assert parse_text(letter, org, calendar).subject == _TITLE
