"""Round 30b: an item that opens with a sentence saying only what bodies answer for ("Điều 2.
Bộ A, Bộ B và Ủy ban nhân dân các tỉnh: X, Y chịu trách nhiệm toàn diện trước Thủ tướng
Chính phủ về tính chính xác của thông tin, số liệu báo cáo.") and gives a task in a later
sentence ("Bộ A phối hợp với ... thực hiện ...") has that task only: the accountability
sentence starts no action of its own (examples/blind/README.md) and stays out of the task's
text, its other bodies no partners of it. The parser kept the sentence in the text and made
its bodies partners."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

from .test_round30b_utility_units import _LETTER

_TASK = (
    "Bộ Nông nghiệp và Môi trường phối hợp với các bộ, ngành liên quan thực hiện cấp phép hoạt"
    " động khoáng sản đối với khu vực khoáng sản quy định tại Điều 1 của Quyết định này"
)


def test_the_task_after_the_answer(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    item = (
        "Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy ban nhân dân các tỉnh: Lào Cai,"
        " Thái Nguyên chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính chính xác"
        f" của thông tin, số liệu báo cáo. {_TASK}"
    )
    actions = parse_text(_LETTER.format(task=item), org, calendar).actions
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in actions] == [
        (_TASK, "Bộ Nông nghiệp và Môi trường", [])
    ]


def test_an_answer_that_also_asks_stays(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first = (
        "Bộ Công Thương chịu trách nhiệm trước Thủ tướng Chính phủ về số liệu báo cáo; đồng"
        " thời rà soát, cập nhật danh mục dự án"
    )
    actions = parse_text(_LETTER.format(task=f"{first}. {_TASK}"), org, calendar).actions
    assert actions[0].lead_unit == "Bộ Công Thương"
    assert actions[0].text.startswith(first)


def test_the_answerer_works_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    item = (
        "Bộ Công Thương chịu trách nhiệm về nội dung báo cáo. Tham mưu Thủ tướng Chính phủ theo"
        " dõi, đôn đốc việc thực hiện Quyết định này"
    )
    actions = parse_text(_LETTER.format(task=item), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [(item, "Bộ Công Thương")]
