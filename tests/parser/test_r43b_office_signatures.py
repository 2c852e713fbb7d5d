"""Round 43b: the signature block of a short Government Office letter as legal-text sites
print it. The minister-chairman signs under a title without a capacity ("BỘ TRƯỞNG, CHỦ
NHIỆM VP CHÍNH PHỦ", the body he heads written after it); a page flattens the block's cells
onto one line and glues the name to the title ("CHỦ NHIỆMPHÓ CHỦ NHIỆMLê Văn Hòa"), spells
the capacity "KT/", breaks the name after the family name ("Phạm" / "Thanh Bình"), and
starts a "Lưu" entry's wrapped rest with its comma (", TH (2)")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.glued import unglue

_HEAD = """VĂN PHÒNG CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 4120/VPCP-NN
V/v trồng rừng phòng hộ ven biển
Hà Nội, ngày 14 tháng 3 năm 2031
Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.

Xét đề nghị của Bộ Nông nghiệp và Phát triển nông thôn, Phó Thủ tướng có ý kiến như sau:

Giao Bộ Nông nghiệp và Phát triển nông thôn rà soát diện tích rừng phòng hộ ven biển.

Văn phòng Chính phủ xin thông báo để Bộ biết, thực hiện./.

"""

_LIST = """Nơi nhận:
- Như trên;
- VPCP: BTCN, các Vụ: TH, KTN;
- Lưu: VT, NN (2).14

"""


@pytest.mark.parametrize(
    "closing",
    [
        # (the cells flattened onto one line, the name glued to the deputy's title)
        _LIST + "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆMLê Văn Hòa\n",
        _LIST + "KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆMLê Văn Hòa\n",
        _LIST + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMLê Văn Hòa\n",
        # (the capacity written with a slash after it, "KT/")
        "KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ\nPHÓ CHỦ NHIỆM\nLê Văn Hòa\n",
    ],
)
def test_a_deputy_signs_under_the_heads_title(
    closing: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + closing, org, calendar)
    assert record.signer is not None
    signer = record.signer
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "PHÓ CHỦ NHIỆM", "Lê Văn Hòa")
    if closing.startswith("Nơi nhận"):
        assert record.distribution[-1] == "Lưu: VT, NN (2).14"


@pytest.mark.parametrize(
    ("closing", "title"),
    [
        ("BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ\nLê Văn Hòa\n", "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ"),
        (_LIST + "BỘ TRƯỞNG, CHỦ NHIỆMLê Văn Hòa\n", "BỘ TRƯỞNG, CHỦ NHIỆM"),
        ("CỤC TRƯỞNG CỤC KIỂM LÂM\nLê Văn Hòa\n", "CỤC TRƯỞNG CỤC KIỂM LÂM"),
    ],
)
def test_the_head_signs_in_his_own_name(
    closing: str, title: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_HEAD + closing, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == (None, title, "Lê Văn Hòa")


def test_a_line_in_capitals_naming_no_head_is_no_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("BỘ NÔNG NGHIỆP ..." names a body, no head of it: no signer's title)
    signer = parse_text(
        _HEAD + "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nLê Văn Hòa\n", org, calendar
    )
    assert signer.signer is None or signer.signer.title != "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"


def test_a_name_broken_after_the_family_name_is_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    closing = "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ\nCHỦ NHIỆM\nPhạm\nThanh Bình\n"
    signer = parse_text(_HEAD + closing, org, calendar).signer
    assert signer is not None
    assert (signer.title, signer.name) == ("PHÓ CHỦ NHIỆM", "Phạm Thanh Bình")


def test_a_kept_entrys_rest_opening_with_its_comma(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT\n, NN (2).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n"
    closing += "PHÓ CHỦ NHIỆM\nLê Văn Hòa\n"
    record = parse_text(_HEAD + closing, org, calendar)
    assert record.distribution == ["Như trên", "Lưu: VT, NN (2)"]


@pytest.mark.parametrize(
    ("line", "lines"),
    [
        ("PHÓ CHỦ NHIỆMTrần Quốc Việt", ["PHÓ CHỦ NHIỆM", "Trần Quốc Việt"]),
        ("BỘ TRƯỞNG, CHỦ NHIỆMĐỗ Hữu Lộc", ["BỘ TRƯỞNG, CHỦ NHIỆM", "Đỗ Hữu Lộc"]),
        ("PHÓ CHỦ TỊCHNguyễn Thị Thu", ["PHÓ CHỦ TỊCH", "Nguyễn Thị Thu"]),
    ],
)
def test_a_name_glued_to_a_title_ending_in_a_vietnamese_capital(
    line: str, lines: list[str]
) -> None:
    # (the Vietnamese block interleaves the cases: "Ệ" and "ệ" sit side by side)
    assert unglue(line) == lines
