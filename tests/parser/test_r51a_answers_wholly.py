"""Round 51a (batch 188/02): "X phải chịu hoàn toàn trách nhiệm về việc Y" says what X answers
for, as "X chịu trách nhiệm về Y" does (README): inside a task's item it stays in that task's
text and starts no action of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.answers import only_answers
from tests.parser.letterheads import tchq_700
from tests.parser.signed import signed

_LETTER = (
    tchq_700("dừng đưa hàng qua khu vực giám sát")
    + """\
a) Thiết lập số điện thoại, địa chỉ thư điện tử tiếp nhận thông tin dừng đưa hàng.
Chi cục trưởng Chi cục Hải quan nơi lưu giữ hàng hóa chịu trách nhiệm về việc tiếp nhận
thông tin 24/7. Nếu hàng hóa được đưa qua sau thời điểm nhận được thông tin, Chi cục
trưởng phải chịu hoàn toàn trách nhiệm về việc lô hàng được đưa qua.
b) Thông báo ngay quyết định dừng đưa hàng cho Chi cục Hải quan nơi lưu giữ hàng hóa.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_what_a_body_wholly_answers_for_stays_in_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.text.split()[0] for a in actions] == ["Thiết", "Thông"]


def test_wholly_answering_is_answering() -> None:
    assert only_answers("chi cuc truong phai chiu hoan toan trach nhiem ve viec lo hang.")
    assert not only_answers("chi cuc truong chiu trach nhiem huong dan doanh nghiep.")
