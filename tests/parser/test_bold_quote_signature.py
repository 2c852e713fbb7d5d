"""A Markdown quote's marks inside a line's bold ("**> KT. CHỦ TỊCH**", as a page sets its
signature block in capitals and bold) are layout, as they are outside it: the signer reads
alike either way."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = (
    "ỦY BAN NHÂN DÂN\n\nTỈNH BÌNH AN\n\nSố: 318/UBND-NC\n\n"
    "Bình An, ngày 09 tháng 4 năm 2026\n\n"
    "V/v kiểm tra an toàn đê điều mùa mưa lũ\n\n"
    "Kính gửi: Sở Nông nghiệp và Môi trường.\n\n"
    "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường kiểm tra an toàn các tuyến đê, "
    "báo cáo trước ngày 30/4/2026.\n\n"
    "{0}TM. ỦY BAN NHÂN DÂN{1}\n{0}KT. CHỦ TỊCH{1}\n{0}PHÓ CHỦ TỊCH{1}\n>\n> Đỗ Minh Khoa\n"
)


def test_quote_marks_inside_bold_leave_the_signer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plain = parse_text(_LETTER.format("> ", ""), org, calendar).signer
    bold = parse_text(_LETTER.format("**> ", "**"), org, calendar).signer
    assert plain is not None and plain.name == "Đỗ Minh Khoa"
    assert bold == plain
