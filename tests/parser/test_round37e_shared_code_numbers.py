"""Round 37e: numbers written with a shared code ("Quyết định số 3, 4, 5/CMP2 của Hội nghị các
Bên ...") are one reference each, the code written out ("3/CMP2", "4/CMP2", "5/CMP2"), of the
kind written before "số", in the order the text lists them; the issuer after the last is
theirs, and a number listed before them with ";" ("Quyết định số 1/CMP1; Quyết định số ...")
shares it. The issuer's name holds the treaty's subject after "về" ("... Công ước khung về
biến đổi khí hậu")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/QĐ-TTg

Hà Nội, ngày 10 tháng 3 năm 2018

QUYẾT ĐỊNH
Phê duyệt Kế hoạch thực hiện Nghị định thư về khí thải

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 1/CMP1; Quyết định số 3, 4, 5/CMP2 của Hội nghị các Bên tham gia Công \
ước khung về biến đổi khí hậu;
Căn cứ Quyết định số 2053/QĐ-TTg ngày 28 tháng 10 năm 2016 của Thủ tướng Chính phủ;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch thực hiện Nghị định thư về khí thải.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trịnh Văn E
"""


def test_serials_sharing_a_code_are_each_a_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(_LETTER, org, calendar).references
    assert [(r.number, r.type) for r in refs] == [
        ("1/CMP1", "quyết định"),
        ("3/CMP2", "quyết định"),
        ("4/CMP2", "quyết định"),
        ("5/CMP2", "quyết định"),
        ("2053/QĐ-TTg", "quyết định"),
    ]
    assert len({r.issuer for r in refs[:4]}) == 1
    assert refs[0].issuer == "Hội nghị các Bên tham gia Công ước khung về biến đổi khí hậu"
