"""Round 18c: "Xét đề nghị của Hiệp hội X về việc ... (Công văn số 12/HH, ngày ...)": the
document in brackets after what a body proposes is that body's."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ CÔNG THƯƠNG
-------

Số: 310/BCT-XNK
V/v hội chợ hàng dệt may năm 2015

Hà Nội, ngày 15 tháng 01 năm 2015

Kính gửi: Hiệp hội Dệt may Việt Nam

{body}

Nơi nhận:
- Như trên;
- Sở Công Thương TP. Hồ Chí Minh;
- Lưu: VT, XNK.
BỘ TRƯỞNG
Trần Tuấn Anh
""".format(
    body="Xét đề nghị của Hiệp hội Dệt may Việt Nam về việc tổ chức hội chợ hàng dệt may tại "
    "Thành phố Hồ Chí Minh năm 2015 (Công văn số 12/HHDM , ngày 05/01/2015), Bộ Công Thương "
    "đề nghị Hiệp hội Dệt may Việt Nam tổ chức hội chợ bảo đảm tiết kiệm, hiệu quả."
)


def test_the_document_in_brackets_after_a_proposal_is_the_proposers(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = parse_text(_LETTER, org, calendar).references
    assert (ref.number, str(ref.issued_on), ref.issuer) == (
        "12/HHDM",
        "2015-01-05",
        "Hiệp hội Dệt may Việt Nam",
    )
