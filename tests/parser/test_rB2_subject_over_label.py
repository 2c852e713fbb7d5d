"""Round rB2: a subject wrapped mid-phrase ends on a short line closed by a full stop, and a
source that drops the blank lines sets a labelled line right under it ("Kính gửi:
...", or a field's "Mã số ...: ......"). The rule for the subject's last line asked for a blank line
under it, so the last line was cut off the subject."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
SỞ XÂY DỰNG
Số: 77/SXD-QH
Hà Tĩnh, ngày 5 tháng 3 năm 2025
V/v rà soát hồ sơ cấp phép xây dựng nhà xưởng của
Công ty Hoàng Long tại huyện Lộc Hà.
Kính gửi: Ủy ban nhân dân huyện Lộc Hà
Sở Xây dựng đề nghị Ủy ban nhân dân huyện Lộc Hà rà soát hồ sơ, báo cáo trước ngày 20/3/2025./.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Phan Văn Hùng
"""


def test_the_subject_keeps_its_last_line(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert parse_text(_LETTER, org, calendar).subject == (
        "rà soát hồ sơ cấp phép xây dựng nhà xưởng của Công ty Hoàng Long tại huyện Lộc Hà"
    )
