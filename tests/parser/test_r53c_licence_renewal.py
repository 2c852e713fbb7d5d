"""Round 53c (batch 212/01-02): a licence's last article states its effect, then binds its
holder, named in the case, to renew it in time ("Điều 4. Giấy phép này có hiệu lực kể từ
ngày ký. Chậm nhất chín mươi (90) ngày trước khi giấy phép hết hạn, nếu Công ty còn tiếp tục
khai thác ... thì phải làm thủ tục đề nghị gia hạn giấy phép theo quy định."): that sentence
is the holder's task, whether the page sets it on a line of its own or runs it on."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 88/GP-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 12 tháng 3 năm 2024
GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tài nguyên nước ngày 21/6/2012;
QUYẾT ĐỊNH:
Điều 1. Cho phép Công ty Cổ phần Nước sạch Sông Trà khai thác, sử dụng nước mặt.
Điều 2. Yêu cầu Công ty Cổ phần Nước sạch Sông Trà thực hiện các nội dung sau:
1. Lắp đặt thiết bị đo lưu lượng nước trong quá trình khai thác.
2. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
Điều 3. Giấy phép này có hiệu lực kể từ ngày ký.{gap}Chậm nhất chín mươi (90) ngày trước khi
giấy phép hết hạn, nếu Công ty còn tiếp tục khai thác nước mặt như quy định tại Điều 1 của
Giấy phép này thì phải làm thủ tục đề nghị gia hạn giấy phép theo quy định./.
"""
_SIGNED = signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền")


@pytest.mark.parametrize("gap", ["\n", " "])
def test_the_renewal_binds_the_holder(
    gap: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_HEAD.format(gap=gap) + _SIGNED, org, calendar).actions
    last = actions[-1]
    assert last.text.startswith("Chậm nhất chín mươi (90) ngày")
    assert last.lead_unit == "Công ty"
    assert len(actions) == 3
