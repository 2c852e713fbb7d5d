"""Round 46a: a document-sharing site's preview prints its page mark ("Trang 1") glued to the
page's first line, the letterhead's two columns run onto one ("Trang 1UBND TỈNH X CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM"). The mark is the site's, no word of the letter: the letterhead reads
as it does without it (176/01).
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """Sở Y tế đề nghị các bệnh viện rà soát danh mục thuốc tồn kho và gửi báo
{mark}UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ Độc lập – Tự do – Hạnh phúc
Số: 845/SYT-NVY Nam Định, ngày 10 tháng 5 năm 2019
V/v rà soát danh mục thuốc tồn kho
Kính gửi: Các bệnh viện trực thuộc
Sở Y tế đề nghị các bệnh viện rà soát danh mục thuốc tồn kho và gửi báo cáo về Phòng \
Nghiệp vụ Y trước ngày 25/5/2019.
Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
GIÁM ĐỐC
(đã ký)
Trần Thị Lan
"""


@pytest.mark.parametrize("mark", ["Trang 1", ""])
def test_the_preview_page_mark_is_no_part_of_the_letterhead(
    mark: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(mark=mark), org, calendar)
    assert record.issuer == "Sở Y tế"
    assert record.parent_issuer == "Ủy ban nhân dân tỉnh Nam Định"
    assert record.number == "845/SYT-NVY"
