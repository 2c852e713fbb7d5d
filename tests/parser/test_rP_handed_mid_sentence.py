"""A sentence that opens with its purpose and the rules it adds to, then hands the work on
("Để ..., ngoài ..., giao Chi cục X phối hợp Công ty Y xây dựng ..."): the body handed the work
leads, not the section's body over it (blind 188/02, on a made-up letter)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.lead_forms import after_clause

HEAD = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC KIỂM DỊCH THỰC VẬT\n"
    "Số: 315/KDTV-NV\nHà Nội, ngày 9 tháng 4 năm 2024\n"
    "V/v xử lý vướng mắc kiểm dịch hàng quá cảnh\n\n"
    "Kính gửi: Các Chi cục Kiểm dịch thực vật vùng.\n\n"
    "Để thống nhất việc kiểm dịch hàng quá cảnh, Cục Kiểm dịch thực vật yêu cầu các Chi cục "
    "Kiểm dịch thực vật vùng thực hiện nội dung sau:\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCỤC TRƯỞNG\n\nLê Văn Hòa\n"


def test_the_body_handed_the_work_after_the_purpose_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "III. Chi cục Kiểm dịch thực vật vùng II hướng dẫn Chi cục Kiểm dịch cảng Đình Vũ "
        "thực hiện nội dung sau:\n"
        "1. Chi cục Kiểm dịch cảng Đình Vũ phối hợp Công ty Cảng Hải Phòng lập danh sách lô "
        "hàng tồn tại cảng.\n"
        "2. Lấy mẫu tại bãi Để rút ngắn thời gian lấy mẫu, ngoài việc áp dụng quy trình hiện "
        "hành, giao Chi cục Kiểm dịch cảng Đình Vũ phối hợp Công ty Cảng Hải Phòng xây dựng "
        "quy chế lấy mẫu tại bãi.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    last = record.actions[-1]
    assert "xây dựng quy chế lấy mẫu" in last.text
    assert (last.lead_unit, last.coordinating_units) == (
        "Chi cục Kiểm dịch cảng Đình Vũ",
        ["Công ty Cảng Hải Phòng"],
    )


def test_work_handed_with_no_body_after_giao_names_none() -> None:
    assert after_clause("Để kịp thời xử lý, giao nhiệm vụ cho các đơn vị rà soát lại") == []


def test_a_title_run_into_a_purpose_is_no_part_of_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "2. Lấy mẫu tại bãi Để ...": the item's title, no stop before the sentence it titles
    body = (
        "1. Chi cục Kiểm dịch cảng Cái Lân rà soát danh sách lô hàng chờ kiểm dịch.\n"
        "2. Kiểm tra hàng ngoài giờ Để giảm thời gian chờ của chủ hàng, Chi cục Kiểm dịch "
        "cảng Cái Lân bố trí công chức trực vào ngày nghỉ.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert record.actions[-1].text == (
        "Để giảm thời gian chờ của chủ hàng, Chi cục Kiểm dịch cảng Cái Lân bố trí công chức "
        "trực vào ngày nghỉ"
    )
