"""Round rL: a permit's article on its holder's rights and duties ("Điều 3. Công ty TNHH thủy
điện Sông Bạc được hưởng các quyền hợp pháp ... và có trách nhiệm thực hiện các nghĩa vụ ...")
binds the holder named whole: "được hưởng các quyền" ends the subject, so a company's name in
small letters ("thủy điện", "Cổ phần Cấp thoát nước") is not cut at its first small word."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed


def _permit(holder: str) -> str:
    return f"""BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 120/GP-BTNMT
GIẤY PHÉP
KHAI THÁC, SỬ DỤNG NƯỚC MẶT
Hà Nội, ngày 10 tháng 4 năm 2026

Điều 1. Cho phép {holder} khai thác, sử dụng nước mặt cho nhà máy.
Điều 2. Giấy phép này có thời hạn 10 năm.
Điều 3. {holder} được hưởng các quyền hợp pháp theo quy định tại Khoản 1 Điều 43 và có \
trách nhiệm thực hiện các nghĩa vụ theo quy định tại Khoản 2 Điều 43 của Luật Tài nguyên nước.
Điều 4. Giấy phép này có hiệu lực kể từ ngày ký.
"""


@pytest.mark.parametrize(
    "holder",
    ["Công ty TNHH thủy điện Sông Bạc", "Công ty Cổ phần Cấp thoát nước và Xây dựng Hà Giang"],
)
def test_the_holder_of_rights_is_named_whole(
    holder: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_permit(holder) + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    duties = [a for a in record.actions if "được hưởng các quyền" in a.text]
    assert [a.lead_unit for a in duties] == [holder]
