"""Round 13a: a sentence that only says how much the tasks above matter and urges the
bodies on ("Lưu ý: Đây là nội dung quan trọng đề nghị ... nghiêm túc thực hiện", "3. Đây là
nhiệm vụ rất quan trọng, cấp bách, ... đề nghị các đồng chí ... quan tâm chỉ đạo") is a
closing formula, marked as an item or not."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round13a_letters import department_letter, first_words

_LETTER = department_letter(
    "421/SNNMT-MT",
    "quan trắc nước thải",
    "Các cơ sở sản xuất trên địa bàn tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường đề nghị các cơ sở sản xuất thực hiện các nội dung sau:
1. Lắp đặt thiết bị quan trắc nước thải tự động, liên tục theo quy định.
* Lưu ý: Đây là nội dung quan trọng đề nghị các cơ sở nghiêm túc thực hiện.
2. Truyền số liệu quan trắc về Sở Nông nghiệp và Môi trường theo thời gian thực.
3. Đây là nhiệm vụ rất quan trọng, cấp bách, đề nghị các cơ sở quan tâm, chỉ đạo thực hiện.

""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_an_urging_that_the_tasks_matter_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert first_words(_LETTER, org, calendar) == ["Lắp", "Truyền"]
