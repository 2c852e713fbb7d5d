"""Round 17a: letters copied from legal-text web pages that glue words at their line joins
("đềnghị", "báocáo", "Trung ươngbáo cáo", "củaThủ tướng", "Côngvăn"). The parser reads through
the glue (a word that is not one Vietnamese syllable but two at a consonant) and writes what it
read back as the page wrote it."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.syllables import Reglue, split_word

_LETTER = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
-------

Số: 512/BNN-TCLN
V/v báo cáo diện tích rừng trồng năm 2012.

Hà Nội, ngày 10 tháng 12 năm 2012

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

{cited}

{asked}

Nơi nhận:
- Như trên;
- Bộ trưởng (để b/c);
- Tổng cục Lâm nghiệp;
- Lưu: VT, TCLN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Hà Công Tuấn
""".format(
    cited="Thực hiện ý kiến chỉ đạo củaThủ tướng Chính phủ tại Côngvăn số 88/TTg-KTN ngày 15 "
    "tháng 11 năm 2012 về trồng rừng;",
    asked="Để tổng hợp báo cáo Chính phủ, đềnghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
    "Trung ươngbáocáo diện tích rừng trồng năm 2012 về Tổng cục Lâm nghiệp trước ngày 25/12/2012.",
)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("đềnghị", ("đề", "nghị")),
        ("báocáo", ("báo", "cáo")),
        ("Kínhgửi", ("Kính", "gửi")),
        ("thựchiện", ("thực", "hiện")),
        ("tổnghợp", ("tổng", "hợp")),
        ("củaThủ", ("của", "Thủ")),
        ("Nguyễn", ("Nguyễn",)),
        ("Quảng", ("Quảng",)),
        ("Đắk", ("Đắk",)),
        ("TTgCP", ("TTgCP",)),
    ],
)
def test_a_word_glued_of_two_syllables_is_cut_where_the_second_begins(
    word: str, syllables: tuple[str, ...]
) -> None:
    assert split_word(word) == syllables


def test_an_ask_whose_verb_the_page_glued_is_a_task_written_as_the_page_has_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.text.startswith("Để tổng hợp báo cáo Chính phủ, đềnghị Ủy ban nhân dân")
    assert "Trung ươngbáocáo diện tích" in action.text
    assert action.lead_unit == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    assert str(action.deadline) == "2012-12-24"


def test_a_cited_document_whose_issuer_the_page_glued_to_its_preposition_has_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = parse_text(_LETTER, org, calendar).references
    assert (ref.number, ref.type, ref.issuer) == ("88/TTg-KTN", "công văn", "Thủ tướng Chính phủ")


def test_only_a_word_outside_ascii_with_the_sign_of_glue_is_read_apart() -> None:
    lines = ["Theo tiêu chuẩn ISO online", "đềnghị Sở Xây dựng báocáo", "Số: 12/UBND-KT"]
    glue = Reglue(lines)
    assert glue.lines == [lines[0], "đề nghị Sở Xây dựng báo cáo", lines[2]]
    assert glue.written == lines
