"""A request that closes an answer ("Đề nghị Cục Thuế kiểm tra từng điều kiện cụ thể để xác
định nghĩa vụ thuế của cá nhân tại Việt Nam.") followed by what the law then holds for a case
("Nếu cả 3 điều kiện nêu trên đồng thời không được thỏa mãn, cá nhân phải kê khai và nộp thuế
..."): the later sentence is background, no part of the task, which ends with its own sentence;
a later sentence whose case gives the asked body more to do stays ("Nếu ..., Cục Thuế báo cáo
...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = """TỔNG CỤC THUẾ
Số: 3650/TCT-TNCN
Hà Nội, ngày 15 tháng 08 năm 2016
V/v áp dụng Hiệp định tránh đánh thuế hai lần

Kính gửi: Cục Thuế thành phố Hà Nội

Tổng cục Thuế nhận được vướng mắc của Cục Thuế thành phố Hà Nội về việc áp dụng Hiệp định \
tránh đánh thuế hai lần đối với cá nhân làm việc tại Văn phòng đại diện. Về vấn đề này, Tổng \
cục Thuế có ý kiến như sau:
Theo quy định của Hiệp định, thu nhập của cá nhân chỉ chịu thuế tại nước ngoài khi đáp ứng đồng \
thời cả 3 điều kiện.
"""


def _actions(last: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    text = _HEAD + last + "\n" + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    return [a.text for a in parse_text(text, org, calendar).actions]


def test_what_the_law_holds_after_the_request_is_no_part_of_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = (
        "Đề nghị Cục Thuế kiểm tra từng điều kiện cụ thể để xác định nghĩa vụ thuế của cá nhân"
        " tại Việt Nam. Nếu cả 3 điều kiện nêu trên đồng thời không được thỏa mãn, cá nhân phải"
        " kê khai và nộp thuế TNCN tại Việt Nam theo quy định của Luật thuế TNCN."
    )
    assert _actions(last, org, calendar) == [
        "Đề nghị Cục Thuế kiểm tra từng điều kiện cụ thể để xác định nghĩa vụ thuế của cá nhân"
        " tại Việt Nam"
    ]


def test_a_case_that_gives_the_body_more_to_do_stays(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = (
        "Đề nghị Cục Thuế kiểm tra từng điều kiện cụ thể để xác định nghĩa vụ thuế của cá nhân"
        " tại Việt Nam. Nếu phát hiện sai phạm, Cục Thuế báo cáo Tổng cục Thuế để xử lý."
    )
    assert _actions(last, org, calendar) == [
        "Đề nghị Cục Thuế kiểm tra từng điều kiện cụ thể để xác định nghĩa vụ thuế của cá nhân"
        " tại Việt Nam. Nếu phát hiện sai phạm, Cục Thuế báo cáo Tổng cục Thuế để xử lý"
    ]


def test_a_case_with_no_subject_of_its_own_stays(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """("Nếu để xảy ra ..., thì phải xử lý ...": the asked body's own duty in that case)"""
    last = (
        "Đề nghị Cục Thuế kiểm tra từng điều kiện cụ thể để xác định nghĩa vụ thuế của cá nhân."
        " Nếu để xảy ra sai sót, thì phải xem xét, xử lý nghiêm các cá nhân có liên quan."
    )
    assert _actions(last, org, calendar)[0].endswith("xử lý nghiêm các cá nhân có liên quan")
