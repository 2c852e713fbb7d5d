"""Round 18c: a body's name the page glues at two different places ("Bộ Nội vụvà ..." in one
paragraph, "Bộ Nộivụ ..." in the task): the task and its partner are written back as the task's
own paragraph has them, not as the first paragraph glues the name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

Số: 1520/VPCP-TCCV
V/v đề án vị trí việc làm

Hà Nội, ngày 10 tháng 3 năm 2012

Kính gửi: Bộ Tài chính

{first}

{task}

Nơi nhận:
- Như trên;
- Lưu: VT, TCCV.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn Tùng
""".format(
    first="Xét đề nghị của Bộ Nội vụvà Bộ Tài chính tại văn bản số 55/BNV-TCBC ngày 2 tháng 3 "
    "năm 2012, Thủ tướng Chính phủ có ý kiến như sau:",
    task="Bộ Tài chính phối hợp với Bộ Nộivụ và Bộ Y tế nghiên cứu, đề xuất về đề án vị trí "
    "việc làm, trình Thủ tướng Chính phủ.",
)


def test_a_name_glued_at_two_places_is_written_as_the_task_writes_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.text.startswith("Bộ Tài chính phối hợp với Bộ Nộivụ và Bộ Y tế nghiên cứu")
    assert action.coordinating_units == ["Bộ Nộivụ", "Bộ Y tế"]
