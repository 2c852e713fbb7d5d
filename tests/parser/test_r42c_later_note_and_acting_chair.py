"""Round 42c: a note the page's source set under a decision's title from a later date (an
ebook's "(Hiện đang áp dụng ... do Quyết định số N ngày <later> ... thay thế Quyết định số M
...)") is no words of the letter: the documents it names are no references, and one the letter
cites too takes its place at the letter's mention. And an acting chairman who signs for the
body ("TM. ỦY BAN NHÂN DÂN" / "Q. CHỦ TỊCH") signs in the innermost capacity "Q.", while under
"TL." the "Q." is the signer's own title ("TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2210/QĐ-UBND
Hà Giang, ngày 12 tháng 9 năm 2022
QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC TÀI NGUYÊN NƯỚC
"""
    "(Đã được thay thế bởi Quyết định số 905/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh"
    " theo Quyết định số 640/QĐ-BTNMT ngày 04/5/2022 của Bộ Tài nguyên và Môi trường)\n"
    """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;
"""
    "Căn cứ Quyết định số 640/QĐ-BTNMT ngày 04/5/2022 của Bộ Tài nguyên và Môi trường về việc"
    " công bố thủ tục hành chính;\n"
    """Theo đề nghị của Sở Tài nguyên và Môi trường tại Tờ trình số 118/TTr-STNMT ngày 30/8/2022.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực tài nguyên nước.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường chịu"
    " trách nhiệm thi hành Quyết định này./.\n"
    """Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
Q. CHỦ TỊCH
Trần Đức Minh
"""
)


def test_a_later_note_under_the_title_gives_no_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [r.number for r in record.references] == [
        "63/2010/NĐ-CP",
        "640/QĐ-BTNMT",
        "118/TTr-STNMT",
    ]
    assert str(record.references[1].issued_on) == "2022-05-04"


def test_a_note_dated_before_the_letter_is_the_letters_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _DECISION.replace(
        "Quyết định số 905/QĐ-UBND ngày 20/3/2024", "Quyết định số 905/QĐ-UBND ngày 20/3/2022"
    )
    record = parse_text(text, org, calendar)
    assert [r.number for r in record.references][:2] == ["905/QĐ-UBND", "640/QĐ-BTNMT"]


def test_an_acting_chairman_signs_in_the_capacity_q(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_DECISION, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("Q.", "CHỦ TỊCH", "Trần Đức Minh")


def test_an_acting_head_under_tl_keeps_q_in_the_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _DECISION.replace("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH", "TL. CHỦ TỊCH\nQ. CHÁNH VĂN PHÒNG")
    signer = parse_text(text, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title) == ("TL.", "Q. CHÁNH VĂN PHÒNG")
