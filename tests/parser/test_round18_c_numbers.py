"""Round 18c: a number whose code's last part a page set off by a space before its "&" or its
dash ("103/BKH-KTĐP &LT", "2865/GDĐT –KT&KĐCL") is one number, in the header and where a
letter cites it; a subject marked "Về:" with a colon is the subject."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """SỞ XÂY DỰNG
-------

Số: 412/SXD –QH&KT
{subject}

Cần Thơ, ngày 12 tháng 5 năm 2015

Kính gửi: Ủy ban nhân dân các quận, huyện

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC
Trần Văn Bình
"""
_BODY = (
    "Xét đề nghị của Sở Tài chính tại các văn bản số 88/STC-NS &ĐT ngày 4 tháng 5 năm 2015 và "
    "số 91/STC-HCSN &QLG ngày 6 tháng 5 năm 2015, Sở Xây dựng có ý kiến như sau:\n\n"
    "Đề nghị Ủy ban nhân dân các quận, huyện rà soát quy hoạch chi tiết các khu dân cư trước "
    "ngày 30 tháng 5 năm 2015."
)


def test_a_number_with_a_spaced_ampersand_or_dash_is_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(subject="V/v rà soát quy hoạch", body=_BODY), org, calendar)
    # (its dash as the page sets it: batch-28/01's label "2865/GDĐT–KT&KĐCL", round 21b)
    assert record.number == "412/SXD–QH&KT"
    assert [(r.number, str(r.issued_on)) for r in record.references] == [
        ("88/STC-NS&ĐT", "2015-05-04"),
        ("91/STC-HCSN&QLG", "2015-05-06"),
    ]


def test_a_subject_marked_with_ve_and_a_colon_is_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _LETTER.format(subject="Về: rà soát quy hoạch chi tiết.", body=_BODY), org, calendar
    )
    assert record.subject == "rà soát quy hoạch chi tiết"
