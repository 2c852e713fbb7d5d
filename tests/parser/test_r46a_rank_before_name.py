"""Round 46a: a police or army office's letter signs with the signer's rank before the name
("Thiếu tướng Trần Văn Bình", "Đại tá ...", "Trung tá ..."). The rank is a form of address, as
"đồng chí" is, not the name: the name is the words after it (README, 176/02).
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ CÔNG AN
CỤC CẢNH SÁT GIAO THÔNG
Số: 512/C08-P3
V/v tăng cường kiểm tra phương tiện dịp Tết

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 12 tháng 1 năm 2024

Kính gửi: Công an các tỉnh, thành phố trực thuộc Trung ương

Cục Cảnh sát giao thông đề nghị Công an các tỉnh, thành phố tăng cường kiểm tra phương tiện \
vận tải hành khách dịp Tết, báo cáo kết quả về Cục trước ngày 20/02/2024./.

Nơi nhận:
- Như trên;
- Lưu: VT, P3.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
{name}
"""


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Thiếu tướng Trần Văn Bình", "Trần Văn Bình"),
        ("Đại tá Lê Minh Khoa", "Lê Minh Khoa"),
        ("Thượng tá Nguyễn Thị Hà", "Nguyễn Thị Hà"),
        ("Trung tá Phạm Quốc Hùng", "Phạm Quốc Hùng"),
        ("Trần Văn Bình", "Trần Văn Bình"),
    ],
)
def test_the_rank_stays_out_of_the_signer_name(
    line: str, name: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(name=line), org, calendar)
    signer = record.signer
    assert signer is not None
    assert record.distribution == ["Như trên", "Lưu: VT, P3"]  # the rank joins no entry
    assert signer.title == "PHÓ CỤC TRƯỞNG"
    assert signer.name == name
