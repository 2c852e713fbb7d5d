"""Round 50 (batches 189-190): a crawled page's one-line header runs the enacting head's title
into the subject ("... NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP", "... TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN
NHÂN DÂN TỈNH"): the title is cut off, the subject keeps its own words."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """BỘ TƯ PHÁP --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 173/QĐ-BTP
Hà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH {subject} {by}
Căn cứ Nghị định số 22/2013/NĐ-CP ngày 13/3/2013 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Giao Vụ Pháp luật quốc tế chủ trì tổ chức thực hiện Kế hoạch.
"""


@pytest.mark.parametrize(
    ("subject", "by"),
    [
        ("BAN HÀNH KẾ HOẠCH PHỐI HỢP CÔNG TÁC NĂM 2015", "BỘ TRƯỞNG BỘ TƯ PHÁP"),
        ("BAN HÀNH MỨC TRỢ GIÚP XÃ HỘI TỈNH TUYÊN QUANG", "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH"),
    ],
)
def test_the_enacting_title_is_no_part_of_the_subject(
    org: OrgDirectory, calendar: WorkingCalendar, subject: str, by: str
) -> None:
    parsed = parse_text(_HEAD.format(subject=subject, by=by), org, calendar)
    assert parsed.subject is not None
    assert parsed.subject.endswith(subject.split()[-1]) and by not in parsed.subject
