"""Round 44b: a plan's section headed by a list of kinds of body from several families ("8.
Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan", "11.
Các bộ, cơ quan ngang bộ, địa phương và các cơ quan liên quan", "8. Các sở, ban, ngành và các
đơn vị khác có liên quan"): the first group leads the items under it, each other kind
coordinates, as written; the kinds listed with commas under the opening "các" are that first
group, whatever their families ("Các bộ, cơ quan ngang bộ, địa phương", one lead). A list of
one family ("Các cơ quan, đơn vị có liên quan") or without "và" ("Các Sở, ngành, đơn vị liên
quan") stays one group."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.heading_shapes import bodies_by_shape
from tests.parser.signed import signed

_PLAN = """THỦ TƯỚNG CHÍNH PHỦ
Số: 100/QĐ-TTg
Hà Nội, ngày 10 tháng 8 năm 2025

QUYẾT ĐỊNH
Phê duyệt Đề án phát triển doanh nghiệp công nghệ số

Điều 1. Phê duyệt Đề án phát triển doanh nghiệp công nghệ số.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

ĐỀ ÁN
PHÁT TRIỂN DOANH NGHIỆP CÔNG NGHỆ SỐ

IV. TỔ CHỨC THỰC HIỆN
1. Bộ Khoa học và Công nghệ
a) Chủ trì tổng hợp tình hình thực hiện Đề án hằng năm.
2. Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan
a) Thực hiện vai trò là cầu nối giữa cơ quan quản lý nhà nước với các doanh nghiệp.
3. Các bộ, cơ quan ngang bộ, địa phương và các cơ quan liên quan
a) Bố trí kinh phí theo thẩm quyền để thực hiện các nhiệm vụ đào tạo.
4. Các sở, ban, ngành và các đơn vị khác có liên quan
Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Đề án này.
5. Bộ Công an, Bộ Quốc phòng
Bảo đảm an ninh cho các hoạt động của Đề án.
"""


def test_each_family_of_kinds_is_a_unit(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_PLAN + signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG"), org, calendar)
    units = [(a.lead_unit, a.coordinating_units) for a in record.actions]
    assert units == [
        ("Bộ Khoa học và Công nghệ", []),
        (
            "Các Khu Công nghệ cao",
            ["Khu Công nghệ số tập trung", "hiệp hội", "doanh nghiệp liên quan"],
        ),
        # kinds listed under one "các" are one lead (session 34's third reader)
        ("Các bộ, cơ quan ngang bộ, địa phương", ["các cơ quan liên quan"]),
        ("Các sở, ban, ngành", ["các đơn vị khác có liên quan"]),
        ("Bộ Công an", ["Bộ Quốc phòng"]),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Các cơ quan, đơn vị có liên quan",
        "Các tổ chức, cá nhân liên quan",
        "Các Sở, ngành, đơn vị liên quan",
        "Các bộ, ngành",
    ],
)
def test_one_family_or_no_and_stays_whole(heading: str) -> None:
    assert bodies_by_shape(heading) == [heading]
