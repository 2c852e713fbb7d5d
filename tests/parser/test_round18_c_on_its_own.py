"""Round 18c: "Giao Sở A hướng dẫn ...; Ủy ban nhân dân các huyện tự bố trí ...": a body that
is to act on its own means ("tự cân đối", "tự bố trí") after another's task in one sentence has
a task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------

Số: 512/UBND-TH
V/v kinh phí tổ chức điều tra dân số giữa kỳ

Thái Bình, ngày 20 tháng 4 năm 2014

Kính gửi:
- Sở Tài chính;
- Ủy ban nhân dân các huyện, thành phố.

{asked}

Nơi nhận:
- Như trên;
- Lưu: VT, TH.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Sinh
""".format(
    asked="Giao Sở Tài chính thẩm định dự toán kinh phí điều tra của các sở, ngành; "
    "Ủy ban nhân dân cấp huyện tự cân đối kinh phí điều tra trong dự toán ngân sách năm 2014."
)


def test_a_body_acting_on_its_own_means_after_another_task_has_its_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Sở Tài chính",
        "Ủy ban nhân dân cấp huyện",
    ]
    assert actions[1].text.startswith("Ủy ban nhân dân cấp huyện tự cân đối")
