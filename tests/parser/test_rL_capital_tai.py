"""Round rL: a ministry's name written without its "và" or in other capitals than the known
ones ("Bộ Tài nguyên Môi trường", "Bộ Tài Chính") holds "Tài" with a capital: a word of the
name, never the stop "tại", so the issuer is named whole."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 301/KH-UBND
KẾ HOẠCH
Quan trắc môi trường nuôi trồng thủy sản năm 2026
Quảng Trị, ngày 02 tháng 3 năm 2026

Căn cứ Thông tư số 10/2021/TT-BTNMT ngày 30/6/2021 của Bộ Tài nguyên Môi trường về quy định kỹ \
thuật quan trắc môi trường;
Căn cứ Thông tư số 76/2019/TT-BTC ngày 05/11/2019 của Bộ Tài Chính về hướng dẫn kế toán;

1. Sở Nông nghiệp và Môi trường chủ trì tổ chức quan trắc môi trường các vùng nuôi trồng thủy sản.
"""


def test_a_capital_tai_is_a_word_of_the_ministrys_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["10/2021/TT-BTNMT"] == "Bộ Tài nguyên Môi trường"
    assert issuers["76/2019/TT-BTC"] == "Bộ Tài Chính"
