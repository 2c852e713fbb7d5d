"""Round 37b: where a cited document's issuer ends after "của".

- at the cited document's own title opening with its kind ("của UBND tỉnh Yên Bái Quyết định
  phê duyệt ...": "UBND tỉnh Yên Bái");
- at a date written bare after the issuer ("của Ủy ban nhân dân tỉnh Yên Bái 10/06/2026 về
  việc ..."), which is the document's date.
"""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BAN QUẢN LÝ KHU KINH TẾ
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 25/QĐ-BQL
Yên Bái, ngày 12 tháng 8 năm 2026
QUYẾT ĐỊNH
Về việc phê duyệt điều chỉnh quy hoạch khu công nghiệp
TRƯỞNG BAN BAN QUẢN LÝ KHU KINH TẾ TỈNH YÊN BÁI
Căn cứ Quyết định số 515/QĐ-UBND ngày 25/2/2026 của UBND tỉnh Yên Bái Quyết định phê duyệt \
Quy hoạch tỉnh;
Căn cứ quyết định số 2021/QĐ-UBND của Ủy ban nhân dân tỉnh Yên Bái 10/06/2026 về việc phân \
công trách nhiệm quản lý khu chức năng;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt điều chỉnh quy hoạch khu công nghiệp.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TRƯỞNG BAN
Nguyễn Văn A
"""


def test_the_issuer_ends_at_the_title_and_at_a_bare_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(r.number, r.issuer, r.issued_on) for r in record.references] == [
        ("515/QĐ-UBND", "UBND tỉnh Yên Bái", date(2026, 2, 25)),
        ("2021/QĐ-UBND", "Ủy ban nhân dân tỉnh Yên Bái", date(2026, 6, 10)),
    ]


_PROPOSED = _LETTER.replace(
    "Căn cứ quyết định số 2021",
    "Xét đề nghị của Công ty Cổ phần công nghiệp Hoàng Sơn tại Tờ trình số 31/TTr-CNHS ngày "
    "31/7/2026;\nCăn cứ quyết định số 2021",
)


def test_a_joint_stock_companys_name_is_no_stop(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Cổ phần công nghiệp", folded "co phan cong ...", is no "phân công" that ends a name."""
    record = parse_text(_PROPOSED, org, calendar)
    assert [(r.number, r.issuer) for r in record.references][1] == (
        "31/TTr-CNHS",
        "Công ty Cổ phần công nghiệp Hoàng Sơn",
    )
