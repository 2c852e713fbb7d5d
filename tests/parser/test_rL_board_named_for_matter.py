"""Round rL: a steering board is named for its matter, in small letters after "Ban Chỉ đạo"
("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
"Ban Chỉ đạo phát triển du lịch, dịch vụ và đề án 08"): its name holds commas and "và", and
ends where the citation's own words begin ("về <the document's summary>", "ban hành", "thông
báo"); its helpers' team ("Tổ giúp việc Ban Chỉ đạo ...") is named whole; a board whose matter
no such word ends keeps its short name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_BOARD = (
    "Ban Chỉ đạo Trung ương về phát triển nguồn nhân lực, khoa học, công nghệ và đổi mới sáng tạo"
)
_LETTER = f"""ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
Số: 88/KH-UBND
KẾ HOẠCH
Triển khai phát triển nguồn nhân lực số trên địa bàn tỉnh
Yên Bái, ngày 14 tháng 5 năm 2026

Thực hiện Kế hoạch số 07-KH/BCĐTW ngày 02/3/2026 của {_BOARD} về thúc đẩy đào tạo nhân lực \
số; Thông báo số 21-TB/TGV ngày 10/3/2026 của Tổ giúp việc {_BOARD} thông báo kết luận cuộc \
họp; Quyết định số 05-QĐ/BCĐ ngày 12/3/2026 của Ban Chỉ đạo phát triển du lịch, dịch vụ, \
thương mại và đề án 08 tỉnh ban hành Chương trình công tác năm 2026; Kế hoạch số 09-KH/BCĐTW \
ngày 20/3/2026 của Ban Chỉ đạo Trung ương về thúc đẩy học tập suốt đời, đồng bộ gắn với đổi \
mới; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành rà soát nhu cầu nhân lực số của tỉnh.
"""


def test_a_board_is_named_for_its_matter_up_to_the_citations_own_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["07-KH/BCĐTW"] == _BOARD
    assert issuers["21-TB/TGV"] == "Tổ giúp việc " + _BOARD
    assert (
        issuers["05-QĐ/BCĐ"]
        == "Ban Chỉ đạo phát triển du lịch, dịch vụ, thương mại và đề án 08 tỉnh"
    )
    assert issuers["09-KH/BCĐTW"] == "Ban Chỉ đạo Trung ương"
