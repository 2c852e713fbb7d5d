"""Round 52a (batch 197): a roman-numbered heading in capitals that the page broke over lines
("I. THÀNH" / "LẬP TỔ CÔNG TÁC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT XỬ LÝ" / "NỢ"), its last word
alone on a line, is one heading: no line of it stands as a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_BODY = """Tổng cục Thuế yêu cầu các đơn vị thực hiện ngay một số nhiệm vụ sau:
I. THÀNH
LẬP TỔ CÔNG TÁC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT XỬ LÝ
NỢ
1. Vụ Chính sách chủ trì thành lập Tổ công tác triển khai Nghị quyết.
II. CÔNG TÁC TUYÊN TRUYỀN
1. Vụ Pháp chế chủ trì tuyên truyền nội dung Nghị quyết."""


def test_no_line_of_the_heading_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = TCT_4153 + _BODY + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    actions = parse_text(text, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Vụ Chính sách", "Vụ Pháp chế"]
