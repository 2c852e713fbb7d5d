"""Round 13 (c): what a body answers for. An item that only says "X chịu trách nhiệm về Y"
(or "về việc Y", "trong việc Y"), sentence after sentence, gives no body a task; such a
sentence after a task inside its item stays in that task's text; "chịu trách nhiệm" followed
by the work itself is a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_round13_c_resolutions import TAIL, resolution_head

_HEAD = resolution_head(
    "Về kinh phí kiểm định phương tiện đo",
    "Điều 1. Thông qua phương án bố trí kinh phí kiểm định phương tiện đo.\n"
    "Điều 2. Tổ chức thực hiện\n",
)


def test_an_item_that_only_says_what_bodies_answer_for_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Khoa học và Công nghệ hướng dẫn các địa phương lập dự toán kinh phí.\n"
        "2. Bộ Khoa học và Công nghệ chịu trách nhiệm về việc tổng hợp dự toán. Bộ Tài "
        "chính, Kho bạc Nhà nước chịu trách nhiệm về số liệu đã thẩm định, bảo đảm chính "
        "xác, đúng quy định của pháp luật./." + TAIL,
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Bộ Khoa học và Công nghệ hướng dẫn các địa phương lập dự toán kinh phí"
    ]


def test_a_sentence_of_what_heads_answer_for_stays_in_the_items_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Các bộ, ngành, địa phương tập trung rà soát phương tiện đo đang sử dụng. "
        "Người đứng đầu các bộ, ngành, địa phương trực tiếp chỉ đạo và chịu trách nhiệm về "
        "kết quả rà soát.\n"
        "2. Bộ Tài chính chịu trách nhiệm hướng dẫn thanh toán kinh phí kiểm định./." + TAIL,
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Các bộ, ngành, địa phương tập trung rà soát phương tiện đo đang sử dụng. Người đứng "
        "đầu các bộ, ngành, địa phương trực tiếp chỉ đạo và chịu trách nhiệm về kết quả rà soát",
        "Bộ Tài chính chịu trách nhiệm hướng dẫn thanh toán kinh phí kiểm định",
    ]


def test_an_item_under_a_bodys_heading_that_answers_for_its_file_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Khoa học và Công nghệ:\n"
        "a) Chịu trách nhiệm về nội dung hồ sơ trình phương án kinh phí.\n"
        "b) Hướng dẫn các địa phương lập dự toán kinh phí./." + TAIL,
        org,
        calendar,
    )
    # (session 29's third reading: "a) Chịu trách nhiệm về nội dung hồ sơ ..." only answers)
    assert [a.lead_unit for a in record.actions] == ["Bộ Khoa học và Công nghệ"]


def test_a_body_given_the_answer_with_a_report_or_among_its_work_keeps_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Giao Bộ Khoa học và Công nghệ chịu trách nhiệm trước Chính phủ về kết quả "
        "kiểm định, báo cáo Thủ tướng Chính phủ hằng quý.\n"
        "2. Bộ Tài chính theo dõi, đôn đốc, chịu trách nhiệm về việc thanh toán kinh phí./." + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Khoa học và Công nghệ", "Bộ Tài chính"]
