"""Round 23a: an item under a people's committees' intro hands its task, after a case clause
whose words hold commas, to a body the directory does not know ("Đối với các nhiệm vụ ...,
trường hợp có vướng mắc, khó khăn, giao Ủy ban nhân dân cấp tỉnh chủ động ..."): that body,
as written, leads. Round 22 cut the case clause only at a comma a body's name follows, so the
sentence had no subject and the intro's body led; and a body handed the task by its level
("Ủy ban nhân dân cấp tỉnh") was taken for the intro's body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies
from tests.parser.round23a_letters import letter


def test_the_body_handed_the_task_after_the_case_clause_leads() -> None:
    sentence = (
        "Đối với các nhiệm vụ thuộc cấp huyện trước đây đã được phân định thẩm quyền cho cấp "
        "xã, trường hợp có vướng mắc, khó khăn, giao Ủy ban nhân dân cấp tỉnh chủ động linh "
        "hoạt trong chỉ đạo, điều hành."
    )
    assert subject_bodies(sentence) == ["Ủy ban nhân dân cấp tỉnh"]


_LETTER = letter(
    """
Bộ Nội vụ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập
trung chỉ đạo một số nội dung cụ thể sau:
- Đối với các nhiệm vụ đã được phân định cho cấp xã, trường hợp có vướng mắc, khó khăn, giao
Ủy ban nhân dân cấp tỉnh chủ động phân công rõ trách nhiệm cho các cơ quan có liên quan.
- Tiếp tục rà soát, bố trí đủ công chức chuyên môn ở cấp xã.
""",
    number="612/BNV-CQĐP",
    signer="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn H",
)


def test_the_body_handed_by_its_level_keeps_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """The body a task is handed to ("giao Ủy ban nhân dân cấp tỉnh") is written as handed,
    not read as the intro's body of the same level."""
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Ủy ban nhân dân cấp tỉnh",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]
