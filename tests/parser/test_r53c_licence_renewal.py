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
from tests.parser.letterheads import quang_ngai_permit
from tests.parser.signed import signed

_HEAD = (
    quang_ngai_permit("mặt")
    + """\
1. Lắp đặt thiết bị đo lưu lượng nước trong quá trình khai thác.
2. Chịu sự kiểm tra, giám sát của Sở Tài nguyên và Môi trường.
Điều 3. Giấy phép này có hiệu lực kể từ ngày ký.{gap}Chậm nhất chín mươi (90) ngày trước khi
giấy phép hết hạn, nếu Công ty còn tiếp tục khai thác nước mặt như quy định tại Điều 1 của
Giấy phép này thì phải làm thủ tục đề nghị gia hạn giấy phép theo quy định./.
"""
)
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
