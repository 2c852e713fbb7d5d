"""Round 50b: a plan's item whose title has no stop ("4. Thực hiện cập nhật ... về pháp
luật"), its tasks in the paragraph under it, opening with a plural of bodies ("Các đơn vị
được giao chủ trì soạn thảo văn bản QPPL có trách nhiệm gửi ..."): the capital "Các" opens
that paragraph (no sentence takes one inside it), and a group the work it leads names ("được
giao chủ trì soạn thảo ...") is no closing formula but the lead of a task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.wrap import continues, title_then_subject

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 183/QĐ-TCT
Hà Nội, ngày 07 tháng 02 năm 2024
KẾ HOẠCH
Phổ biến pháp luật năm 2024
II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN
1. Vụ Pháp chế hướng dẫn các đơn vị phổ biến pháp luật.
2. Thực hiện cập nhật, đăng tải các văn bản mới ban hành trên Cơ sở dữ liệu quốc gia về pháp luật
Các đơn vị được giao chủ trì soạn thảo văn bản có trách nhiệm gửi văn bản đến Vụ Pháp chế.
3. Vụ Tuyên truyền hỗ trợ người nộp thuế đăng tải đề cương.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Mai Sơn
"""


def test_a_plural_subject_opens_the_paragraph_under_a_title() -> None:
    title = "4. Thực hiện cập nhật, đăng tải các văn bản QPPL mới ban hành trên Cơ sở dữ liệu"
    assert title_then_subject(title, "Các đơn vị được giao chủ trì soạn thảo văn bản")
    assert not continues(title, "Các đơn vị được giao chủ trì soạn thảo văn bản")
    # (a title left open goes on)
    assert not title_then_subject("2. Giao Sở Tài chính phối hợp với", "Các Sở: Y tế, Xây dựng")


def test_the_drafting_units_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    leads = [a.lead_unit for a in record.actions]
    assert "Các đơn vị được giao chủ trì soạn thảo văn bản" in leads
    task = next(a for a in record.actions if a.lead_unit and a.lead_unit.startswith("Các đơn"))
    assert task.text.startswith("Các đơn vị được giao chủ trì soạn thảo văn bản có trách nhiệm")
