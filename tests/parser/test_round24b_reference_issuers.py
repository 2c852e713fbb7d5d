"""Round 24b: the recitals of provincial decisions publishing administrative procedures cite
the Government Office's circulars "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one office
holder with two titles, the issuer as written. The parser cut the issuer at the comma after
the first title ("Bộ trưởng")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn
phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

Điều 2. Giao Sở Y tế niêm yết, công khai thủ tục hành chính theo quy định.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""


def test_a_double_title_is_one_issuer(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    refs = decision(_BODY, org, calendar).references
    assert [(r.number, r.issuer) for r in refs] == [
        ("02/2017/TT-VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
    ]
