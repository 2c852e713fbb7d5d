"""Round 40o: a Party committee's "Thông tri" (its code "TT" as a circular's, "05-TT/TU") is
cited as written, a notice of direction, not the circular its code would say."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 31/KH-UBND\n\nAn Bình, ngày 04 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nTriển khai công tác dân vận năm 2026\n\n"
    "Thực hiện Thông tri số 05-TT/TU ngày 12 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy về "
    "tăng cường công tác dân vận, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:\n\n"
    "1. Sở Nội vụ chủ trì tham mưu triển khai Kế hoạch này.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


def test_a_party_notice_is_cited_as_written(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    references = parse_text(_PAGE, org, calendar).references
    assert [(r.number, r.type) for r in references] == [("05-TT/TU", "thông tri")]
