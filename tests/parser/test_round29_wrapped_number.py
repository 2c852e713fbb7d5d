"""Round 29: a header whose number a table cell wrapped after its hyphen ("Số: 512/QĐ-" over
"UBND"). The number is the whole "512/QĐ-UBND", the code on the next line joined to it; and
the letter's own number, which its title or closing line repeats whole, is never one of its
references (the parser read "512/QĐ" and listed "512/QĐ-UBND" as a cited decision)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
--------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 512/QĐ-
{code}
|
Quảng Trị, ngày 04 tháng 3 năm 2024
|
QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành
chính;
Xét đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định số 512/QĐ-UBND danh mục thủ tục hành chính.
Điều 2. Giao Sở Tư pháp cập nhật các thủ tục hành chính lên Cổng Dịch vụ công quốc gia.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Võ Văn H
"""


def test_the_code_on_the_next_line_ends_the_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(code="UBND"), org, calendar)
    assert record.number == "512/QĐ-UBND"
    assert [r.number for r in record.references] == ["63/2010/NĐ-CP"]


def test_a_code_with_its_own_hyphen(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    letter = _LETTER.format(code="UBND-KSTT").replace("số 512/QĐ-UBND", "số 512/QĐ-UBND-KSTT")
    record = parse_text(letter, org, calendar)
    assert record.number == "512/QĐ-UBND-KSTT"


def test_a_number_cut_at_its_hyphen_is_not_cited(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """No code under the cut: the number stays as read, and its whole form in the body is the
    letter itself, not a reference."""
    record = parse_text(_LETTER.format(code=""), org, calendar)
    assert [r.number for r in record.references] == ["63/2010/NĐ-CP"]
