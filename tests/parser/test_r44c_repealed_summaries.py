"""Round 44c: a repeal list's entry names the document, its date and its issuer, then the
document's summary with no "về" before it ("Quyết định số 63/2002/QĐ-UB ngày 16 tháng 10 năm
2002 của Ủy ban nhân dân tỉnh Hòa Bình Tách phòng tổ chức ..."): the issuer ends with the
province's name, its words all capitalised, before the summary's first word."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 12/2025/QĐ-UBND
Hòa Bình, ngày 10 tháng 3 năm 2025

QUYẾT ĐỊNH
Bãi bỏ văn bản quy phạm pháp luật trong lĩnh vực y tế

ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau:

1. Quyết định số 63/2002/QĐ-UB ngày 16 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Hòa Bình \
Tách phòng tổ chức - Hành chính thuộc Sở Y tế thành 02 phòng.

2. Quyết định số 89/2006/QĐ-UB ngày 30 tháng 8 năm 2006 của Ủy ban nhân dân tỉnh Hòa Bình \
Không thu một phần viện phí đối với đối tượng triệt sản.

3. Quyết định số 12/2008/QĐ-UBND ngày 05 tháng 3 năm 2008 của Ủy ban nhân dân thành phố Hồ Chí \
Minh Hướng dẫn thực hiện chế độ khám chữa bệnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2025.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_the_issuer_ends_before_the_summary(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    refs = {r.number: r.issuer for r in parse_text(_LETTER, org, calendar).references}
    assert refs["63/2002/QĐ-UB"] == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert refs["89/2006/QĐ-UB"] == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert refs["12/2008/QĐ-UBND"] == "Ủy ban nhân dân thành phố Hồ Chí Minh"
