"""Round 23a: a deputy's signature block on one line with the capacity it signs in ("KT.
TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN", the name under it): the title is the
deputy's own, "PHÓ TRƯỞNG BAN", as when the page wraps the line (round 20). Round 22 read the
whole rest of the capacity line as the title."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_BODY = "Cục Hải quan đề nghị Công ty TNHH An Phát liên hệ Chi cục Hải quan để được hướng dẫn."


def test_the_deputy_title_on_the_capacity_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    block = "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN\nNguyễn Văn G"
    letter = department_letter(_BODY, department="CỤC HẢI QUAN", signer=f"TL. CỤC TRƯỞNG\n{block}")
    signer = read(letter, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "PHÓ TRƯỞNG BAN", "Nguyễn Văn G")
