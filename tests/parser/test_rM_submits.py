"""A plan's paragraph in which a department submits to the leaders over it ("Vụ X trình Tổng
cục ...", "... trình Lãnh đạo Bộ ...") after the day it is to do so ("Ngay trong ngày nhận
được ..., Vụ X trình ..."): a task of its own, apart from the paragraph above."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies

LETTER = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 301/QĐ-TCHQ\nHà Nội, ngày 12 tháng 3 năm 2025\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cập nhật văn bản hướng dẫn nghiệp vụ năm 2025\n\n"
    "TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN\n\nCăn cứ Luật Hải quan;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cập nhật văn bản hướng dẫn nghiệp vụ.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Thủ trưởng các đơn vị thuộc Tổng cục chịu trách nhiệm thi hành Quyết định này./.\n"
    "\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTỔNG CỤC TRƯỞNG\n\nNguyễn Văn Bình\n\n"
    "KẾ HOẠCH\nCập nhật văn bản hướng dẫn nghiệp vụ năm 2025\n\n"
    "I. NỘI DUNG\n"
    "1. Cập nhật văn bản hướng dẫn nghiệp vụ lên hệ thống thông tin nội bộ\n"
    "Các đơn vị được giao chủ trì soạn thảo văn bản có trách nhiệm gửi bản điện tử đến Vụ Tổng hợp "
    "chậm nhất 03 ngày kể từ ngày ký.\n"
    "Ngay trong ngày nhận được bản điện tử do các đơn vị gửi đến, Vụ Tổng hợp trình Tổng cục "
    "phê duyệt việc đăng tải trên hệ thống thông tin nội bộ.\n"
)


def test_a_department_submitting_to_its_leaders_after_the_day_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions][-1] == (
        "Vụ Tổng hợp",
        "Ngay trong ngày nhận được bản điện tử do các đơn vị gửi đến, Vụ Tổng hợp trình Tổng cục"
        " phê duyệt việc đăng tải trên hệ thống thông tin nội bộ",
    )


def test_submitting_to_the_leaders_ends_the_subject() -> None:
    assert subject_bodies("Vụ Kế hoạch trình Lãnh đạo Bộ ký ban hành.") == ["Vụ Kế hoạch"]
    assert subject_bodies("Trong quá trình lãnh đạo, Sở X thực hiện.") != ["Sở X thực hiện"]
