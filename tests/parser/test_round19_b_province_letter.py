"""Synthetic short công văn of round 19b: a province's letter whose recipients' items end in
commas under a "Các sở:" item, and which cites its petitioners' letters as "của X tại công
văn số A ngày ..., của Y tại công văn số B ngày ..."."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Số: 412/UBND-NN
V/v: Khảo sát địa điểm xây dựng trường mầm non xã Thanh Hà.

Hà Nam, ngày 12 tháng 03 năm 2008

Kính gửi:

-Các sở: kế hoạch và đầu tư, tài chính,
- UBND huyện thanh liêm,
- UBND xã thanh hà.

Xét đề nghị của UBND xã Thanh Hà tại công văn số 15/CV-UB ngày 05.01.2008,\
 của UBND huyện Thanh Liêm tại công văn số 32/CV-UB ngày 20.01.2008,\
 về việc khảo sát địa điểm xây dựng trường mầm non xã Thanh Hà;\
 Chủ tịch UBND tỉnh có ý kiến như sau:

Giao các Sở Kế hoạch và Đầu tư, Tài chính; UBND huyện Thanh Liêm\
 theo chức năng hướng dẫn thực hiện./.

CHỦ TỊCH
(Đã ký)
Trần Văn Nam
"""


def test_items_of_bodies_after_a_listed_item_ending_in_a_comma(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).recipients == [
        "Các sở: kế hoạch và đầu tư, tài chính",
        "UBND huyện thanh liêm",
        "UBND xã thanh hà",
    ]


def test_each_cited_letter_is_issued_by_the_body_named_before_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_LETTER, org, calendar).references
    assert [(r.number, r.issuer) for r in references] == [
        ("15/CV-UB", "UBND xã Thanh Hà"),
        ("32/CV-UB", "UBND huyện Thanh Liêm"),
    ]
