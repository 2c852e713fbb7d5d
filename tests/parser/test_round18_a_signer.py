"""Round 18a: a signer's capacity a page wrapped onto a second line ("KT. BỘ TRƯỞNG" /
"CHỦ NHIỆM VP CHÍNH PHỦ" / "PHÓ CHỦ NHIỆM"): the title is the line under the wrap."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round18a_letters import office_letter

_BODY = "Văn phòng Chính phủ đề nghị Bộ Tài chính có ý kiến về đề án nêu trên."


@pytest.mark.parametrize(
    ("sign", "title"),
    [
        ("KT. BỘ TRƯỞNG\nCHỦ NHIỆM VP CHÍNH PHỦ\nPHÓ CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
        ("KT. BỘ TRƯỞNG\nCHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ\n\nPHÓ CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
    ],
)
def test_the_title_stands_under_a_wrapped_capacity(
    sign: str, title: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = office_letter(_BODY, org, calendar, sign=sign).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", title, "Nguyễn Văn An")
