"""Round 13a: where no heading says the items are tasks, an item that only says what a body
answers for ("- Tổ chức lập bản đồ ... phải chịu trách nhiệm toàn diện trước pháp luật về
...") is no task, while one that commands stays one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round13a_letters import department_letter, first_words

_LETTER = department_letter(
    "436/SNNMT-KS",
    "lập bản đồ hiện trạng khu vực khai thác",
    "Các tổ chức khai thác khoáng sản trên địa bàn tỉnh Hà Giang.",
    """Thời gian qua, việc lập bản đồ hiện trạng khu vực khai thác còn nhiều sai sót.
- Tăng cường kiểm tra số liệu bản đồ hiện trạng trước khi nộp.
- Tổ chức lập bản đồ hiện trạng phải chịu trách nhiệm toàn diện trước pháp luật về tính chính
xác, trung thực của số liệu trên bản đồ.

""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_an_item_that_only_says_what_a_body_answers_for_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert first_words(_LETTER, org, calendar) == ["Tăng"]
