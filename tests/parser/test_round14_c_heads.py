"""Round 14 (c): a later sentence of an item whose subject is the head of the body the item
gives its task to ("Bộ X chỉ đạo .... Giao Bộ trưởng Bộ X xem xét ...", or under "1. Bộ X có
trách nhiệm:" "a) Hướng dẫn .... Bộ trưởng Bộ X xử lý ...") goes on with that task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_round13_c_resolutions import TAIL, resolution_head

_HEAD = resolution_head("Về hỗ trợ người lao động", "Điều 1. Tổ chức thực hiện\n")


def test_a_sentence_of_the_bodys_head_stays_in_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Nội vụ hướng dẫn, kiểm tra các địa phương triển khai Nghị quyết này. "
        "Giao Bộ trưởng Bộ Nội vụ xem xét, xử lý các vấn đề phát sinh.\n"
        "2. Bộ Tài chính có trách nhiệm:\n"
        "a) Bảo đảm kinh phí thực hiện. Bộ trưởng Bộ Tài chính quyết định việc bổ sung "
        "dự toán.\n"
        "b) Tổng hợp kết quả thực hiện./." + TAIL,
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Bộ Nội vụ",
            "Bộ Nội vụ hướng dẫn, kiểm tra các địa phương triển khai Nghị quyết này. Giao Bộ "
            "trưởng Bộ Nội vụ xem xét, xử lý các vấn đề phát sinh",
        ),
        (
            "Bộ Tài chính",
            "Bảo đảm kinh phí thực hiện. Bộ trưởng Bộ Tài chính quyết định việc bổ sung dự toán",
        ),
        ("Bộ Tài chính", "Tổng hợp kết quả thực hiện"),
    ]


def test_a_joint_lead_the_directory_does_not_know_is_named_after_the_known_ones(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Quốc phòng, Bộ Công an và Viện Hàn lâm Khoa học xã hội Việt Nam chỉ đạo "
        "các đơn vị trực thuộc tổ chức thực hiện việc giám định./." + TAIL,
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Bộ Quốc phòng", ["Bộ Công an", "Viện Hàn lâm Khoa học xã hội Việt Nam"])
    ]


def test_an_item_naming_the_headings_body_by_its_level_keeps_the_heading_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm:\n"
        "a) Tổ chức triển khai chính sách hỗ trợ.\n"
        "b) Căn cứ tình hình thực tế, Ủy ban nhân dân cấp tỉnh báo cáo Hội đồng nhân dân "
        "cấp tỉnh quyết định mức hỗ trợ bổ sung./." + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
    ]
