"""Branch rB: a duty's subject that lists kinds of body with the parties a rule binds
("Các đơn vị, tổ chức, hộ gia đình, cá nhân ...", "Cơ quan, tổ chức, cá nhân ...") and then
says which of them are meant, its qualifier holding a verb or its own list in small letters
("... được quy định tại Điều 2 của Quy định này chịu trách nhiệm", "... hưởng cơ chế, chính
sách hỗ trợ có trách nhiệm"), is one lead as written up to the duty (README: a qualifier
that says which bodies of a kind are meant belongs to the name; 187/03 action 1, 52/02,
75/03). The parser cut it at the qualifier's first verb or read no subject at all, the
clause then giving no task; a cue that ends a subject ("trong phạm vi chức năng, ...") still
ends it (83/03)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 5. Trách nhiệm thi hành

1. Sở Tài chính có trách nhiệm hướng dẫn thực hiện Quy chế này.

2. Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác kiểm kê theo
quy định tại Quy chế này có trách nhiệm sử dụng kinh phí đúng mục đích.

3. Cơ quan, tổ chức, cá nhân hưởng cơ chế, chính sách hỗ trợ có trách nhiệm báo cáo kết quả
sử dụng kinh phí.

4. Các đơn vị, tổ chức, hộ gia đình, cá nhân được quy định tại Điều 2 của Quy chế này chịu
trách nhiệm thi hành Quy chế này.

5. Các cơ quan, tổ chức, cá nhân liên quan trong phạm vi chức năng, nhiệm vụ của mình có
trách nhiệm phối hợp thực hiện Quy chế này./.
"""


def test_kinds_with_the_parties_bound_lead_up_to_their_duty(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in parse_text(regulation(_CHAPTER), org, calendar).actions]
    assert leads[1:] == [
        "Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác kiểm kê theo"
        " quy định tại Quy chế này",
        "Cơ quan, tổ chức, cá nhân hưởng cơ chế, chính sách hỗ trợ",
        "Các đơn vị, tổ chức, hộ gia đình, cá nhân được quy định tại Điều 2 của Quy chế này",
        "Các cơ quan, tổ chức, cá nhân liên quan",
    ]
