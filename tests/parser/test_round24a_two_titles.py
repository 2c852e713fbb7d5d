"""Round 24a: a decision cites a circular "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": the
minister's two titles, the body named after the second, are its issuer as written. The
parser cut the issuer at the comma ("Bộ trưởng")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Số: 715/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Công bố danh mục thủ tục hành chính lĩnh vực điện lực

Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính
phủ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính;

QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực điện lực.
Điều 2. Sở Công Thương có trách nhiệm xây dựng quy trình nội bộ giải quyết các thủ tục hành
chính tại Quyết định này.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký./.

Nơi nhận:
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn E
"""


def test_a_ministers_two_titles_are_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_DECISION, org, calendar).references
    assert [(r.number, r.issuer) for r in references] == [
        ("02/2017/TT-VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
    ]
