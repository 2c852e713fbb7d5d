"""Round 51e (190/03): an annex's heading in capitals ("TỔNG CỤC THUẾ", "CỤC THUẾ:") that a
page's text runs put on the signer's name line is not part of the name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.signer_lines import without_caps_tail

_LETTER = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 5580/TCT-KK\n\nHà Nội, ngày 05 tháng 12 năm 2016\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc trung ương\n\n"
    "Đề nghị Cục Thuế rà soát các dự án đầu tư xây dựng trên địa bàn.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KK.\n\n"
    "KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\n\n{name}\n\nMẫu số 01\n"
)


def test_capitals_after_the_name_are_cut(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER.format(name="Nguyễn Đại Trí TỔNG CỤC THUẾ"), org, calendar)
    assert record.signer is not None
    assert record.signer.name == "Nguyễn Đại Trí"
    assert record.signer.title == "PHÓ TỔNG CỤC TRƯỞNG"


def test_a_name_alone_is_kept() -> None:
    assert without_caps_tail("Nguyễn Đại Trí") == "Nguyễn Đại Trí"
    assert without_caps_tail("Trần Văn Sơn CỤC THUẾ:") == "Trần Văn Sơn"
    # (a single capitalised word is no name: nothing cut)
    assert without_caps_tail("Nguyễn TỔNG CỤC") == "Nguyễn TỔNG CỤC"


def test_an_annex_heading_after_the_name_is_cut() -> None:
    # (195/02: "Tạ Anh Tuấn" / "Phụ" / "lục" reflowed onto one line)
    assert without_caps_tail("Tạ Anh Tuấn Phụ lục") == "Tạ Anh Tuấn"
    assert without_caps_tail("Tạ Anh Tuấn PHỤ LỤC I") == "Tạ Anh Tuấn"
    assert without_caps_tail("Lê Văn Mẫu") == "Lê Văn Mẫu"
