"""A regulation's article on the duties of bodies it names by their role ("Điều 14. Trách
nhiệm của đơn vị đầu mối chủ trì của hai cơ quan") is a whole title over its paragraph; that
paragraph names each body with the body above it in brackets ("Cục Quản lý rủi ro (Tổng cục
Hải quan) và Ban Quản lý rủi ro (Tổng cục Thuế)"), says what they are ("là đơn vị đầu mối ...,
có trách nhiệm:") and hands them the items below: the first leads, the other coordinates, each
name whole with its bracket."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies
from tests.parser.signed import signed


def test_a_body_with_its_parent_in_brackets_is_one_name() -> None:
    assert subject_bodies("Cục Công nghệ thông tin (Tổng cục Thuế) chủ trì triển khai") == [
        "Cục Công nghệ thông tin (Tổng cục Thuế)"
    ]
    assert subject_bodies("Nhà đầu tư (Tập đoàn Đèo Cả) rà soát hồ sơ") == ["Tập đoàn Đèo Cả"]


_RULES = """BỘ TÀI CHÍNH
Số: 2413/QĐ-BTC
Hà Nội, ngày 23 tháng 11 năm 2017

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp công tác giữa Tổng cục Hải quan và Tổng cục Thuế

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp công tác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ
PHỐI HỢP CÔNG TÁC GIỮA TỔNG CỤC HẢI QUAN VÀ TỔNG CỤC THUẾ

Chương 3.
TỔ CHỨC THỰC HIỆN
Điều 14. Trách nhiệm của đơn vị đầu mối chủ trì của hai cơ quan
Cục Quản lý rủi ro (Tổng cục Hải quan) và Ban Quản lý rủi ro (Tổng cục Thuế) là đơn vị đầu \
mối chủ trì của hai cơ quan, có trách nhiệm:
1. Phổ biến, hướng dẫn, đôn đốc các đơn vị thực hiện có hiệu quả Quy chế này;
2. Chủ trì tổ chức giao ban định kỳ giữa hai cơ quan.
"""


def test_bodies_said_to_be_the_focal_units_lead_the_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RULES + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Phổ biến, hướng dẫn, đôn đốc các đơn vị thực hiện có hiệu quả Quy chế này",
        "Chủ trì tổ chức giao ban định kỳ giữa hai cơ quan",
    ]
    assert {a.lead_unit for a in record.actions} == {"Cục Quản lý rủi ro (Tổng cục Hải quan)"}
    assert record.actions[0].coordinating_units == ["Ban Quản lý rủi ro (Tổng cục Thuế)"]
