"""Round 52h (batch 207/03): a ward named by its number ("PHƯỜNG 1") dates its letter from
there ("Phường 1, ngày 13 tháng 03 năm 2025"), and its committee is written with the ward's
name as the letter writes it, its word part of the name ("Ủy ban nhân dân Phường 1", as
"Quận 3"); a ward with a name keeps the word in lower case ("phường Bến Nghé")."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.names import org_display
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
PHƯỜNG 1
Số: 397/UBND-TP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phường 1, ngày 13 tháng 03 năm 2025
V/v tăng cường chứng thực bản sao điện tử
Kính gửi: Các trường Mầm non trên địa bàn Phường.

Ủy ban nhân dân Phường 1 đề nghị các trường Mầm non trên địa bàn Phường niêm yết công khai
thủ tục chứng thực bản sao điện tử.
"""


def test_a_numbered_ward_dates_and_names_its_letter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    assert (got.place, got.issued_on) == ("Phường 1", date(2025, 3, 13))
    assert got.issuer == "Ủy ban nhân dân Phường 1"


def test_numbered_areas_keep_their_word() -> None:
    assert org_display("UBND QUẬN 3") == "Ủy ban nhân dân Quận 3"
    assert org_display("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ") == "Ủy ban nhân dân phường Bến Nghé"
