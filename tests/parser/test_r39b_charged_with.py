"""A directive's closing paragraphs that each name a body and its work: "X có nhiệm vụ
hướng dẫn ..." gives X a task as "X có trách nhiệm hướng dẫn ..." does."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/CT-TTg\n\nHà Nội, ngày 05 tháng 3 năm 2026\n\n"
    "CHỈ THỊ\n\nVề công tác kiểm kê rừng trong cả nước\n\n"
    "Để hoàn thành công tác kiểm kê rừng trong cả nước, Thủ tướng Chính phủ yêu cầu:\n\n"
    "1. Bộ Nông nghiệp và Môi trường có trách nhiệm:\n\n"
    "- Xây dựng phương án kỹ thuật kiểm kê rừng.\n\n"
    "- Tổ chức tập huấn cho cán bộ các tỉnh.\n\n"
)
_SIGNED = signed("THỦ TƯỚNG", "Nguyễn Văn An")


def test_a_body_charged_with_a_duty_in_running_prose(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        _HEAD + "Cục Kiểm lâm có nhiệm vụ hướng dẫn cụ thể và giúp các địa phương bồi dưỡng cán "
        "bộ kiểm kê.\n\n"
        "Ủy ban nhân dân các tỉnh cần bố trí kinh phí để thực hiện công tác này." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    leads = [a.lead_unit for a in actions]
    assert "Cục Kiểm lâm" in leads
    (charged,) = [a for a in actions if a.lead_unit == "Cục Kiểm lâm"]
    assert charged.text.startswith("Cục Kiểm lâm có nhiệm vụ hướng dẫn")
