"""Round 18b: a letter a site converted from the office's Word file, its layout flattened:
the left column (body, number, a subject wrapped over a blank line) read whole before the
motto, a drawing shape's name glued onto the number ("straight connector 2Số: ..."), the
list's last entries run onto one line, the title glued to the name, and a capacity whose
words wrap above the title the signer holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """Đồng Nai, ngày 12 tháng 5 năm 2019 tải về 8.2 Kb.

ỦY BAN NHÂN DÂN

TỈNH ĐỒNG NAI

straight connector 3Số: 2207 /UBND-KT

Về việc triển khai kiểm kê

đất đai năm 2019 trên địa bàn

tỉnh

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

straight connector 1Độc lập - Tự do - Hạnh phúc

Đồng Nai, ngày 12 tháng 5 năm 2019
Kính gửi:

- Sở Tài nguyên và Môi trường;

- Ủy ban nhân dân các huyện.

Giao Sở Tài nguyên và Môi trường chủ trì triển khai kiểm kê đất đai năm 2019, báo cáo Ủy
ban nhân dân tỉnh trước ngày 30 tháng 6 năm 2019./.

Nơi nhận:
KT. CHỦ TỊCH

- Như trên;

- TT. UBND tỉnh;- Lưu VT, KT.
PHÓ CHỦ TỊCHTrần Văn Vĩnh
"""


def test_the_left_column_read_before_the_motto_gives_number_issuer_and_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.number == "2207/UBND-KT"
    assert record.issuer == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert record.subject == "triển khai kiểm kê đất đai năm 2019 trên địa bàn tỉnh"


def test_entries_run_onto_one_line_and_a_name_glued_to_its_title_are_read_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.distribution == ["Như trên", "TT. UBND tỉnh", "Lưu VT, KT"]
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == (
        "KT.",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Vĩnh",
    )


def test_a_capacity_wrapped_over_two_lines_leaves_the_title_below_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = """ỦY BAN NHÂN DÂN TỈNH TRÀ VINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/UBND-VX
V/v tổ chức Ngày hội văn hóa

Trà Vinh, ngày 3 tháng 3 năm 2010

Kính gửi: Sở Văn hóa, Thể thao và Du lịch.

Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Ngày hội văn hóa các dân tộc.

Nơi nhận:
- Như trên;
- Lưu VP.

TL. CHỦ TỊCH ỦY
BAN NHÂN DÂN TỈNH
CHÁNH VĂN PHÒNGLê Văn Hẳn
"""
    record = parse_text(letter, org, calendar)
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == (
        "TL.",
        "CHÁNH VĂN PHÒNG",
        "Lê Văn Hẳn",
    )
