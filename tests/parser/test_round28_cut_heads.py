"""Round 28: a page that breaks each cell of the letterhead after its first word ("ỦY" /
"BAN NHÂN DÂN" / "TỈNH BẾN TRE", "CỘNG" / "HÒA XÃ HỘI ...", "Vĩnh" / "Long, ngày ...") keeps
the word with the rest of its name: the issuer is the people's committee, no parent, and the
place is the whole name. The parser read the national name as the issuer, "Cộng" as its
parent and the place's second word alone as the place."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY
BAN NHÂN DÂN
TỈNH BẾN TRE
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
--------------
|
Số:
45/2010/QĐ-UBND
|
{place}
{rest}, ngày 12 tháng 5 năm 2010
|
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ QUẢN LÝ CỔNG THÔNG TIN ĐIỆN TỬ
ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;
QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Quy chế quản lý Cổng thông tin điện tử tỉnh.
Điều 2.
Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.
|
TM.
ỦY BAN NHÂN DÂN TỈNH
CHỦ TỊCH
Nguyễn Văn A
"""


def test_a_cell_cut_after_its_first_word(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION.format(place="Bến", rest="Tre"), org, calendar)
    assert (record.issuer, record.parent_issuer, record.place, record.number) == (
        "Ủy ban nhân dân tỉnh Bến Tre",
        None,
        "Bến Tre",
        "45/2010/QĐ-UBND",
    )


def test_a_place_of_one_word_stays(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION.format(place="", rest="Bến Tre"), org, calendar)
    assert record.place == "Bến Tre"
