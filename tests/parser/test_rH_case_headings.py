"""A numbered title that opens with a verb of work, closed by a full stop, over a case that
heads a body's task ("a) Đối với ...:" / "Chi cục X phối hợp ..."): the title is a heading
too, no task of its own. Made-up snippets, none from the corpora."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_structure import letter


def test_a_title_over_a_case_heading_a_bodys_task_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "II. Cục Hải quan tỉnh Bình Dương hướng dẫn Chi cục Hải quan Sóng Thần thực hiện:\n"
        "1. Xử lý hồ sơ quá hạn tại kho ngoại quan chưa khai báo trên hệ thống.\n"
        "a) Đối với những hồ sơ đã được công chức kiểm tra trên giấy:\n"
        "Chi cục Hải quan Sóng Thần phối hợp Công ty Kho vận Miền Nam lập danh sách hồ sơ, "
        "gửi về Cục Hải quan tỉnh Bình Dương trước ngày 20/12/2025.\n"
        "b) Đối với những hồ sơ chưa được kiểm tra:\n"
        "Chi cục Hải quan Sóng Thần hướng dẫn doanh nghiệp khai bổ sung trên hệ thống.",
        org,
        calendar,
    )
    texts = [a.text[:20] for a in record.actions]
    assert not any(t.startswith("Xử lý hồ sơ quá hạn") for t in texts)
    assert [a.lead_unit for a in record.actions] == ["Chi cục Hải quan Sóng Thần"] * 2


def test_a_paragraph_going_on_to_how_its_work_is_done_keeps_its_steps(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "II. Cục Hải quan tỉnh Bình Dương hướng dẫn Chi cục Hải quan Sóng Thần thực hiện:\n"
        "1. Hồ sơ có nhiều vận đơn\n"
        "Căn cứ số hồ sơ còn tồn trên hệ thống, Chi cục Hải quan Sóng Thần rà soát, phân loại "
        "các hồ sơ có nhiều vận đơn. Nếu hệ thống chưa ghép đủ các vận đơn thì xử lý như sau:\n"
        "Công chức tiếp nhận kiểm tra lại danh sách vận đơn trên hệ thống.\n"
        "- Trường hợp thiếu vận đơn: công chức bổ sung vận đơn còn thiếu.\n"
        "- Trường hợp thừa vận đơn: công chức hủy vận đơn thừa.\n"
        "2. Hồ sơ có một vận đơn\n"
        "Chi cục Hải quan Sóng Thần hướng dẫn doanh nghiệp khai bổ sung trên hệ thống.",
        org,
        calendar,
    )
    first = record.actions[0]
    assert first.text.startswith("Căn cứ số hồ sơ còn tồn")
    assert first.text.rstrip(".").endswith("công chức hủy vận đơn thừa")
    assert first.lead_unit == "Chi cục Hải quan Sóng Thần"
