"""Round 17a: the end of a letter a web page copied from the office's file: the blank lines
the signature left room for (a dozen, some holding a space) between the title and the name, and
the typist's file name under the list of recipients ("d:\\2011\\CV\\..."), which is no entry."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU

Số: 215/UBND-VX

Bạc Liêu, ngày 14 tháng 3 năm 2012

V/v tổ chức Ngày Nước thế giới năm 2012

Kính gửi: Giám đốc Sở Tài nguyên và Môi trường

Giao Giám đốc Sở Tài nguyên và Môi trường chủ trì tổ chức các hoạt động hưởng ứng Ngày Nước
thế giới năm 2012 trên địa bàn tỉnh, báo cáo kết quả về Ủy ban nhân dân tỉnh.

Nơi nhận:

- Như trên;

- TT. HĐND, UBND tỉnh;

- Lưu: VT, VX.NA

d:\\2012\\CV\\STNMT\\T3\\Ngay Nuoc the gioi

"""
# (the blank lines the signature leaves room for, some holding a space)
_LETTER += "KT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n" + "\n \n" * 6 + "\nNguyễn Văn Phép\n\n;\n"


def test_the_name_after_a_dozen_blank_lines_under_the_title_is_the_signer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title) == ("KT.", "PHÓ CHỦ TỊCH")
    assert signer.name == "Nguyễn Văn Phép"


def test_the_typists_file_name_under_the_list_is_no_entry(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).distribution == [
        "Như trên",
        "TT. HĐND, UBND tỉnh",
        "Lưu: VT, VX.NA",
    ]
