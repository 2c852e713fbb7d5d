"""Round 48d: a body's role after a dash wrapped to open a line, and a heading naming a market
(no body), each on a short synthetic letter or phrase."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.bodies import heading_bodies
from directives.parser.role_dashes import join_role_dashes
from tests.parser.test_structure import letter


def test_a_role_dash_wrapped_to_open_a_line_is_no_item() -> None:
    lines = [
        "b) Xác định nội dung công việc",
        "gắn với trách nhiệm của Công an tỉnh",
        "- Thường trực tham mưu thực hiện Chương trình.",
        "- Thường trực Tỉnh ủy;",
    ]
    assert join_role_dashes(lines) == [
        "b) Xác định nội dung công việc",
        "gắn với trách nhiệm của Công an tỉnh - Thường trực tham mưu thực hiện Chương trình.",
        "- Thường trực Tỉnh ủy;",
    ]


def test_a_role_dash_adds_no_action(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = letter(
        "1. Sở Y tế chủ trì tuyên truyền,\nphát huy vai trò của Công an tỉnh\n"
        "- Thường trực tham mưu thực hiện Chương trình, các sở chủ trì các dự án.\n\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện Chương trình.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Y tế", "Sở Tài chính"]


def test_a_market_heading_names_no_body() -> None:
    assert heading_bodies("a) Thị trường Trung Quốc, Hồng Kông, Đài Loan") == []
    assert heading_bodies("Các thị trường Tây Á, Nam Á") == []
    assert heading_bodies("Đài Truyền hình tỉnh") == ["Đài Truyền hình tỉnh"]


def test_a_points_work_label_stays_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "2. Phương án triển khai\n\n"
        "a) Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã, phường phối hợp với "
        "các ngân hàng thương mại mở tài khoản cho đối tượng.",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:22]) for a in record.actions] == [
        ("Ủy ban nhân dân xã, phường", "Thực hiện mở tài khoản")
    ]


def test_a_doer_bullet_under_an_empty_doer_label_fills_the_record(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "1. Tuyên truyền về bình đẳng giới\n\n"
        "a) Hoạt động 1\n\n"
        "- Nội dung: Tuyên truyền, giáo dục về phòng ngừa bạo lực trên cơ sở giới.\n\n"
        "- Cơ quan thực hiện:\n\n"
        "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với Sở Y tế và các đơn vị có liên quan.\n\n"
        "+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo.",
        org,
        calendar,
    )
    first = record.actions[0]
    assert (first.lead_unit, first.text[:10]) == ("Sở Văn hóa và Thể thao", "Tuyên truy")
    assert not any(a.text.startswith("Sở Văn hóa") for a in record.actions)


def test_partners_parted_by_semicolons_after_a_leads_chu_tri(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "1. Giao Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành của tỉnh; Ủy ban nhân "
        "dân các xã, phường; các cơ quan, đơn vị có liên quan triển khai thực hiện Kế hoạch này.",
        org,
        calendar,
    )
    assert record.actions[0].coordinating_units == ["Ủy ban nhân dân các xã, phường"]
