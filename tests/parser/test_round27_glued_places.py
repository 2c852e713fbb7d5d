"""Round 27: a page that glued some words in one place and wrote them apart in another. A
recipient is copied as the "Kính gửi" line writes it ("BộCông Thương"), and a reference's
issuer as its own mention writes it, the one nearest its number ("... số 1016/BTNMT-TCMT
ngày ... của Bộ Tài nguyên vàMôi trường"), whatever the rest of the page writes; and the glue
does not cut that issuer short ("Bộ"). The parser wrote both apart, as the page has them
elsewhere, and read the glued issuer as "Bộ"."""

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
Số: 810/UBND-MT
V/v rà soát cơ sở gây ô nhiễm

Hòa Bình, ngày 02 tháng 4 năm 2013

Kính gửi: SởCông Thương

Thực hiện Công văn số 1017/BTNMT-TCMT ngày 22 tháng 3 năm 2013 của Bộ Tài nguyên và Môi trường
về việc rà soát cơ sở gây ô nhiễm, Chủ tịch UBND tỉnh có ý kiến như sau:

Sở Công Thương chủtrì rà soát các cơ sở gây ô nhiễm trên địa bàn tỉnh, báo cáo Bộ Tài nguyên và
Môi trường trước ngày 15/4/2013.

(Gửi kèm Công văn số 1017/BTNMT-TCMT, số 1016/BTNMT-TCMT ngày 22/3/2013 của Bộ Tài nguyên
vàMôi trường)./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn E
"""


def test_glued_words_copied_where_they_are_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.recipients == ["SởCông Thương"]
    assert [(r.number, r.issuer) for r in record.references] == [
        ("1017/BTNMT-TCMT", "Bộ Tài nguyên và Môi trường"),
        ("1016/BTNMT-TCMT", "Bộ Tài nguyên vàMôi trường"),
    ]
