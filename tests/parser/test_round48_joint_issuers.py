"""Round 48 (batch 182): a cited document's issuers after "của" run on past a known name
that holds "và" when another body follows it ("của Bộ Nông nghiệp và Môi trường và Bộ Công
an": a joint plan), and a party committee named for its province ends at the province's
name, the document's summary after it in small letters ("của Tỉnh ủy Gia Lai tiêu chí đánh
giá ..."): "ủ" is a small letter, not a capital opening a name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UBND TỈNH GIA LAI
SỞ NỘI VỤ
Số: 311/SNV-TCBC
V/v đánh giá, xếp loại cán bộ
Gia Lai, ngày 12 tháng 8 năm 2026

Kính gửi: Ủy ban nhân dân các xã, phường

Căn cứ Kế hoạch số 1020/KH-BNV-BCA ngày 02/4/2026 của Bộ Nội vụ và Bộ Công an về việc
rà soát hồ sơ cán bộ; Kế hoạch số 2959/KH-BNNMT-BCA ngày 29/3/2026 của Bộ Nông nghiệp và Môi
trường và Bộ Công an về việc đo đạc; Quy định số 999-QĐ/TU ngày 27/7/2026 của Tỉnh ủy Gia Lai
tiêu chí đánh giá, xếp loại chất lượng đối với cán bộ lãnh đạo, quản lý.
Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường báo cáo kết quả đánh giá trước ngày 30/8/2026./.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC

Lê Văn Hùng
"""


def test_joint_issuers_and_a_party_committee(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    refs = {r.number: r.issuer for r in parse_text(_LETTER, org, calendar).references}
    assert refs["1020/KH-BNV-BCA"] == "Bộ Nội vụ và Bộ Công an"
    assert refs["2959/KH-BNNMT-BCA"] == "Bộ Nông nghiệp và Môi trường và Bộ Công an"
    assert refs["999-QĐ/TU"] == "Tỉnh ủy Gia Lai"
